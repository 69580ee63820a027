/**
 * Drops items that say the same as one before them: a recurring problem leaves many tickets with the same
 * subject and the same solution, and three copies of one answer crowd out the other answers. Order is kept.
 */
export function distinctItems<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item).toLowerCase().replace(/ё/g, "е").replace(/[^\p{L}\p{N}]+/gu, " ").trim().slice(0, 400);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A snippet's whitespace as one space: fragments cut from Markdown or long text keep no stray line breaks. */
export function flattenSnippet(html: string): string {
  return html.replace(/\s+/g, " ").trim();
}
