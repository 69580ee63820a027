/** The filter keys a report page keeps in its URL, so a view can be bookmarked and shared. */
export const filterKeys = ["from", "to", "departmentId", "categoryId", "type", "priority", "lineId", "assigneeId"] as const;

export type SearchParams = Record<string, string | string[] | undefined>;

/** One value per key (a repeated key keeps its first), empty values dropped. */
export function flatParams(params: SearchParams): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v) flat[key] = v;
  }
  return flat;
}

/** The query string of the current filters, with some keys changed (undefined removes one). */
export function withParams(
  params: Record<string, string>,
  changes: Record<string, string | undefined> = {},
  keep: readonly string[] = filterKeys,
): string {
  const search = new URLSearchParams();
  for (const key of keep) if (params[key]) search.set(key, params[key]);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) search.delete(key);
    else search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
