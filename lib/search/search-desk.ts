import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import type { Facets, SearchFilters } from "@/search/queries/facets";
import { searchEverything } from "@/search/queries/search";
import { searchAudienceFor } from "./audience";
import { fallbackSearch } from "./fallback/fallback-search";
import type { SearchQuery } from "./schemas";
import { type SearchItem, searchItem } from "./search-item";
import { loadVisibleRows } from "./visible-rows";
import { SEARCH_TIMEOUT, withFallback } from "./with-fallback";

/** How deep paging may go: the search node's default result window. */
const MAX_WINDOW = 10_000;

export type SearchAnswer = { items: SearchItem[]; facets: Facets; total: number; nextCursor: string | null; limited?: true };

/**
 * The staff search over tickets of every status (all their text, internal notes too) and articles: the search
 * box's syntax, filters, counted facets, highlights, relevance or newest first, a page at a time. Answered by
 * Postgres (`limited`) while the search node is down; every item re-checked against Postgres either way.
 */
export async function searchDesk(user: CurrentUser, query: SearchQuery): Promise<SearchAnswer> {
  const offset = Number(query.cursor ?? 0);
  if (offset + query.limit > MAX_WINDOW)
    throw new AppError("invalid_input", "Some fields are not valid", { cursor: "Narrow the search instead of paging this deep" });
  const audience = searchAudienceFor(user);
  const filters: SearchFilters = {
    kind: query.kind,
    status: query.status,
    type: query.type,
    categoryId: query.categoryId,
    priority: query.priority,
    assigneeId: query.assigneeId,
    from: query.from,
    to: query.to,
  };
  const params = { text: query.q, filters, sort: query.sort, offset, limit: query.limit };
  const { result, limited } = await withFallback(
    (client) => searchEverything(client, { ...params, audience }, SEARCH_TIMEOUT),
    () => fallbackSearch(user, audience, params),
  );
  const rows = await loadVisibleRows(user, result.hits, audience);
  const items = result.hits.flatMap((hit) => {
    const row = rows.get(`${hit.kind}:${hit.id}`);
    return row ? [searchItem(row, hit.score, hit.highlights)] : [];
  });
  return {
    items,
    facets: result.facets,
    total: result.total,
    nextCursor: offset + query.limit < Math.min(result.total, MAX_WINDOW) ? String(offset + query.limit) : null,
    ...(limited ? { limited: true as const } : {}),
  };
}
