import { type SearchQuery, searchQuery } from "@/lib/search/schemas";

export type RawParams = Record<string, string | string[] | undefined>;

/** The URL parameters the search page keeps, in the order they appear in its links. */
export const searchParamKeys = [
  "q",
  "kind",
  "status",
  "type",
  "categoryId",
  "priority",
  "assigneeId",
  "from",
  "to",
  "sort",
  "cursor",
] as const;
export type SearchParamKey = (typeof searchParamKeys)[number];
export type SearchState = Partial<Record<SearchParamKey, string[]>>;

export const PAGE_SIZE = 20;

/** The page's state from its URL: every known parameter as a list of non-empty values. */
export function searchState(raw: RawParams): SearchState {
  const state: SearchState = {};
  for (const key of searchParamKeys) {
    const value = raw[key];
    const values = (Array.isArray(value) ? value : value === undefined ? [] : [value])
      .flatMap((v) => (key === "q" ? [v] : v.split(",")))
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length) state[key] = values;
  }
  return state;
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The search to run for a URL. A value that does not parse is dropped rather than answered with an error: it is
 * someone's old or hand-edited link. A date-only `to` means the end of that day.
 */
export function searchQueryFrom(state: SearchState): SearchQuery {
  const input: Record<string, unknown> = { limit: PAGE_SIZE };
  for (const key of searchParamKeys) {
    const values = state[key];
    if (!values?.length) continue;
    if (key === "q" || key === "sort" || key === "cursor" || key === "from") input[key] = values[0];
    else if (key === "to") input.to = dateOnly.test(values[0]) ? `${values[0]}T23:59:59.999` : values[0];
    else input[key] = values;
  }
  // An empty search box browses: newest first unless asked otherwise.
  if (!input.sort && !String(input.q ?? "").trim()) input.sort = "newest";
  for (let attempt = 0; attempt < searchParamKeys.length; attempt++) {
    const parsed = searchQuery.safeParse(input);
    if (parsed.success) return parsed.data;
    const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")));
    if (bad.size === 0 || [...bad].every((k) => !(k in input))) break;
    for (const key of bad) {
      // In a list only the values that do not parse go; the others still filter.
      const values = input[key];
      const good = Array.isArray(values) ? values.filter((v) => searchQuery.safeParse({ [key]: [v] }).success) : [];
      if (good.length && Array.isArray(values) && good.length < values.length) input[key] = good;
      else delete input[key];
    }
  }
  return searchQuery.parse({ limit: PAGE_SIZE });
}

/** A link to the search page with some parameters changed (`undefined` removes one); paging starts over. */
export function searchHref(state: SearchState, patch: Partial<Record<SearchParamKey, string[] | undefined>>): string {
  const merged: SearchState = { ...state, cursor: undefined, ...patch };
  const params = new URLSearchParams();
  for (const key of searchParamKeys) for (const value of merged[key] ?? []) params.append(key, value);
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}

/** The state with `value` added to or removed from the list `key`. */
export function toggled(state: SearchState, key: SearchParamKey, value: string): string {
  const current = state[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return searchHref(state, { [key]: next.length ? next : undefined });
}

/** The state without the values the search dropped, so links and the form do not carry them on. */
export function cleanState(state: SearchState, query: SearchQuery): SearchState {
  const clean: SearchState = {};
  for (const key of searchParamKeys) {
    const values = state[key];
    if (!values?.length) continue;
    const single = key === "q" || key === "sort" || key === "cursor" || key === "from" || key === "to";
    const valid = single ? query[key] !== undefined : true;
    const kept = single ? (valid ? values.slice(0, 1) : []) : values.filter((v) => (query[key] as string[] | undefined)?.includes(v));
    if (kept.length) clean[key] = kept;
  }
  return clean;
}
