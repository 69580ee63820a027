/**
 * Drops items that say the same as one before them: a recurring problem leaves many tickets with the same
 * subject and the same solution, and three copies of one answer crowd out the other answers. Order is kept;
 * with `limit`, stops once that many distinct items are found (the rest would be cut anyway).
 */
export function distinctItems<T>(items: T[], key: (item: T) => string, limit = Infinity): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length >= limit) break;
    const k = sameTextKey(key(item));
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(item);
  }
  return kept;
}

/** Items are the same when the first this many characters of their normalised texts are. */
const KEY_LENGTH = 400;

/**
 * A text lowercased, ё as е, every run of anything but letters and digits as one space, trimmed, cut at
 * KEY_LENGTH. Only as much of the text is normalised as the cut needs: a whole article is ~2 KB, and normalising
 * 18 of them was ~1 ms of the web server's CPU for a suggestion. The result is the same as normalising it all:
 * a prefix normalises to a prefix of the whole, except its last few characters (a word or run cut short).
 */
export function sameTextKey(text: string): string {
  for (let n = KEY_LENGTH + 112; ; n *= 4) {
    const key = text
      .slice(0, n)
      .toLowerCase()
      .replace(/ё/g, "е")
      .replace(/[^\p{L}\p{N}]+/gu, " ");
    if (n >= text.length) return key.trim().slice(0, KEY_LENGTH);
    const start = key.trimStart();
    // A margin past the cut: the characters at the end of a prefix may still change with what follows them.
    if (start.length > KEY_LENGTH + 16) return start.slice(0, KEY_LENGTH);
  }
}

/** A snippet's whitespace as one space: fragments cut from Markdown or long text keep no stray line breaks. */
export function flattenSnippet(html: string): string {
  return html.replace(/\s+/g, " ").trim();
}
