import type { Client, estypes, TransportRequestOptions } from "@elastic/elasticsearch";
import { aliasName } from "../indices/names";
import { audienceFilter, type SearchAudience } from "./audience";
import { nearDuplicatesQuery, type SuggestInput } from "./problem-query";

/** Articles that may already cover a problem: live ones and ones on their way there. */
export const COVERING_STATUSES = ["published", "in_review"] as const;

export type NearDuplicateHit = { id: string; score: number };

/** Articles whose text is like a ticket's problem, among those the audience may read, most similar first. */
export function nearDuplicatesRequest(problem: SuggestInput, audience: SearchAudience, limit: number): estypes.SearchRequest {
  return {
    index: aliasName("article"),
    size: limit,
    _source: false,
    track_total_hits: false,
    query: {
      bool: {
        must: [nearDuplicatesQuery(problem)],
        filter: [audienceFilter(audience), { term: { kind: "article" } }, { terms: { status: [...COVERING_STATUSES] } }],
      },
    },
  };
}

/** Ids and scores only: the caller re-reads the articles from Postgres. Throws if the node is down. */
export async function nearDuplicates(
  client: Client,
  problem: SuggestInput,
  audience: SearchAudience,
  limit: number,
  transport?: TransportRequestOptions,
): Promise<NearDuplicateHit[]> {
  const answer = await client.search(nearDuplicatesRequest(problem, audience, limit), transport);
  return answer.hits.hits.map((hit) => ({ id: hit._id!, score: hit._score ?? 0 }));
}
