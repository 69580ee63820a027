/**
 * The features the category model reads from a ticket's text: its words and pairs of neighbouring words.
 * Words are lowercased with ё as е; a Russian word is cut to its first six letters, a crude but dependable stem
 * for a language whose endings change with every case ("принтера", "принтеру" → "принте"); English is kept whole.
 * Long numbers (phone numbers, inventory and ticket numbers) say nothing about a category and are dropped.
 */
export function categoryFeatures(text: string): string[] {
  const words = (
    text
      .toLowerCase()
      .replace(/ё/g, "е")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .filter((w) => /\p{L}/u.test(w) || w.length <= 4)
    .map((w) => (/^[а-я]{7,}$/.test(w) ? w.slice(0, 6) : w));
  const features = [...words];
  for (let i = 0; i + 1 < words.length; i++) features.push(`${words[i]} ${words[i + 1]}`);
  return features;
}
