import type { Client, estypes, TransportRequestOptions } from "@elastic/elasticsearch";
import { aliasName, type SearchKind } from "../indices/names";
import { audienceFilter, type SearchAudience } from "./audience";
import { type Facets, facetAggs, filterClauses, readFacets, type SearchFilters } from "./facets";
import { highlight } from "./highlight";
import { isEmptyQuery, parseQuery } from "./parse-query";
import { type TextFields, textQuery } from "./text-query";

export type SearchParams = {
  text: string;
  filters: SearchFilters;
  sort: "relevance" | "newest";
  offset: number;
  limit: number;
  audience: SearchAudience;
};
export type SearchHit = { kind: SearchKind; id: string; score: number | null; highlights: Record<string, string[]> };
export type SearchResult = { hits: SearchHit[]; total: number; facets: Facets };

/** What the staff search reads, and how much a match in each field counts. */
function textFields(internalNotes: boolean): TextFields {
  const notes = internalNotes ? ["internalNotes"] : [];
  const plain = ["subject^3", "title^3", "solution^2", "tags^2", "description", "body", "remarks", ...notes];
  return { fields: [...plain, "subject.exact", "title.exact"], typoFields: plain };
}

function highlightFields(internalNotes: boolean): Record<string, estypes.SearchHighlightField> {
  const fragments: estypes.SearchHighlightField = { fragment_size: 150, number_of_fragments: 2 };
  return {
    subject: { number_of_fragments: 0 },
    title: { number_of_fragments: 0 },
    description: fragments,
    solution: fragments,
    remarks: fragments,
    body: fragments,
    tags: { number_of_fragments: 0 },
    // Internal notes are highlighted only for those who may read them; for anyone else the field is not even searched.
    ...(internalNotes ? { internalNotes: fragments } : {}),
  };
}

/** The staff search request: the search box, the audience's wall, filters, counted facets, highlights, a page. */
export function searchRequest(params: SearchParams, indices = [aliasName("ticket"), aliasName("article")]): estypes.SearchRequest {
  const parsed = parseQuery(params.text);
  const clauses = filterClauses(params.filters);
  const byNewest = params.sort === "newest" || isEmptyQuery(parsed);
  const query = textQuery(parsed, textFields(params.audience.internalNotes));
  return {
    index: indices,
    from: params.offset,
    size: params.limit,
    _source: ["kind"],
    track_total_hits: true,
    query: { bool: { must: [query], filter: [audienceFilter(params.audience)] } },
    // Filters go to post_filter so the facets (aggregations) can each leave their own filter out.
    post_filter: { bool: { filter: Object.values(clauses) } },
    aggs: facetAggs(clauses),
    sort: byNewest ? [{ createdAt: { order: "desc" } }, "_score"] : ["_score", { createdAt: { order: "desc" } }],
    highlight: highlight(highlightFields(params.audience.internalNotes)),
  };
}

/** Runs the staff search. Throws if the node is down (lib/search then falls back to Postgres). */
export async function searchEverything(client: Client, params: SearchParams, transport?: TransportRequestOptions): Promise<SearchResult> {
  const answer = await client.search<{ kind: SearchKind }>(searchRequest(params), transport);
  const total = typeof answer.hits.total === "number" ? answer.hits.total : (answer.hits.total?.value ?? 0);
  return {
    total,
    facets: readFacets(answer.aggregations as Record<string, unknown> | undefined),
    hits: answer.hits.hits.map((hit) => ({
      kind: hit._source?.kind ?? "ticket",
      id: hit._id!,
      score: hit._score ?? null,
      highlights: hit.highlight ?? {},
    })),
  };
}
