import { getDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { categoryPath } from "@/search/documents/category-path";
import type { SearchAudience } from "@/search/queries/audience";
import type { Facets, SearchFilters } from "@/search/queries/facets";
import { parseQuery } from "@/search/queries/parse-query";
import { ticketNumberIn } from "@/search/queries/ticket-number";
import { loadCategoryParents } from "@/search/sync/load-category-parents";
import { applyFilters, countFacets } from "./facet-counts";
import { fallbackHighlights } from "./fallback-highlights";
import { fallbackMatches } from "./fallback-matches";
import { parsedTsquery } from "./tsquery";

export type FallbackPage = {
  hits: { kind: "ticket" | "article"; id: string; score: number; highlights: Record<string, string[]> }[];
  total: number;
  facets: Facets;
};

/**
 * The staff search answered by Postgres while the search node is down: the same syntax (parsed by the same
 * parser), the same visibility, filters and facets, ranked by ts_rank_cd; no typo tolerance and no word forms
 * beyond the stemmers. Filters and facets are applied in memory over the capped set of matches.
 */
export async function fallbackSearch(
  user: CurrentUser,
  audience: SearchAudience,
  params: { text: string; filters: SearchFilters; sort: "relevance" | "newest"; offset: number; limit: number },
): Promise<FallbackPage> {
  const parsed = parseQuery(params.text);
  const query = parsedTsquery(parsed);
  const numbers = parsed.required
    .flat()
    .flatMap((part) => (part.phrase ? [] : [ticketNumberIn(part.text)]))
    .filter((n): n is string => n !== null)
    .map(Number);
  const [matches, parents] = await Promise.all([fallbackMatches(user, audience, query, numbers), loadCategoryParents(getDb())]);
  const rows = matches.map((m) => ({ ...m, categoryPath: categoryPath(m.categoryId, parents) }));
  const facets = countFacets(rows, params.filters);
  const kept = applyFilters(rows, params.filters);
  const byNewest = params.sort === "newest" || !query;
  kept.sort((a, b) => (byNewest ? 0 : b.rank - a.rank) || b.createdAt.getTime() - a.createdAt.getTime());
  const page = kept.slice(params.offset, params.offset + params.limit);
  const highlights = await fallbackHighlights(page, query);
  return {
    total: kept.length,
    facets,
    hits: page.map((m) => ({ kind: m.kind, id: m.id, score: m.rank, highlights: highlights.get(`${m.kind}:${m.id}`) ?? {} })),
  };
}
