/**
 * The ids from the root of the category tree down to `categoryId` (inclusive), so a filter on "Printers" also
 * finds tickets filed under "Printers → Paper jam". A cycle in bad data stops the walk instead of looping.
 */
export function categoryPath(categoryId: string | null, parentOf: ReadonlyMap<string, string | null>): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  for (let id: string | null | undefined = categoryId; id && !seen.has(id); id = parentOf.get(id)) {
    seen.add(id);
    path.unshift(id);
  }
  return path;
}
