/**
 * "Орлов Алексей Викторович" → "Орлов А. В.": the way a hospital writes a colleague's name in a list, so
 * a row keeps room for the subject. Two-word names ("Emily Carter") are short enough already.
 */
export function shortName(name: string | null | undefined): string {
  if (!name) return "";
  const parts = name.trim().split(/\s+/);
  if (parts.length !== 3) return name;
  return `${parts[0]} ${parts[1][0]}. ${parts[2][0]}.`;
}
