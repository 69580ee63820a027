import type { estypes } from "@elastic/elasticsearch";
import type { SuggestReader } from "../documents/suggest-to";

/**
 * What may be suggested at all, as one term: the document's `suggestTo` (shareable solved tickets, published
 * articles by visibility, worked out when it was indexed) names the reader. lib/search decides which reader is
 * asking and checks every result against Postgres again; this filter is the first of those two walls.
 */
export type SuggestAudience = { reader: SuggestReader };

export function suggestFilter(audience: SuggestAudience): estypes.QueryDslQueryContainer {
  return { term: { suggestTo: audience.reader } };
}
