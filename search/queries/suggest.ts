import type { Client, estypes, TransportRequestOptions } from "@elastic/elasticsearch";
import { aliasName, type SearchKind } from "../indices/names";
import { hasTypoWords, type SuggestInput, suggestionQuery } from "./problem-query";
import { type SuggestAudience, suggestFilter } from "./suggest-filter";
import { dropWeakMatches, WEAK_MATCH_CUT } from "./weak-matches";

/** `enough`: this many hits without typo tolerance make a second, typo-tolerant query unnecessary (default `limit`). */
export type SuggestOptions = { audience: SuggestAudience; limit: number; enough?: number; indices?: string[] };
export type SuggestHit = { kind: SearchKind; id: string; score: number };

/**
 * The search request for suggestions while someone types: ids, kinds and scores only. No highlighting and no
 * `_source`: the caller re-reads every hit from Postgres anyway and marks the typed words in the few it shows
 * (lib/search/marked-snippet.ts). The node's highlighter had marked every hit returned, three times more than are
 * shown, and read each hit's whole source to do it: its fetch phase took as long as the query itself
 * (bench:suggest, search node counters). The kind comes from doc values, not from the source.
 */
export function suggestRequest(
  input: SuggestInput,
  options: SuggestOptions,
  { typos = true }: { typos?: boolean } = {},
): estypes.SearchRequest {
  return {
    index: options.indices ?? [aliasName("ticket"), aliasName("article")],
    size: options.limit,
    _source: false,
    docvalue_fields: ["kind"],
    track_total_hits: false,
    query: { bool: { must: [suggestionQuery(input, { typos })], filter: [suggestFilter(options.audience)] } },
  };
}

/**
 * Runs the suggestion query: ids and scores, best first, without the weak matches (weak-matches.ts: scoring far
 * below the best one; the floor needs a scale a suggestion does not ask for at every keystroke). Typo tolerance is
 * the costly part of the query (it doubles its time, bench:suggest), so it is asked for only when the words as
 * typed do not fill the list; bench:relevance measures the query with it, and found it neither better nor worse
 * for ranking. Throws if the node is down.
 */
export async function suggest(
  client: Client,
  input: SuggestInput,
  options: SuggestOptions,
  transport?: TransportRequestOptions,
): Promise<SuggestHit[]> {
  let hits = await runSuggest(client, suggestRequest(input, options, { typos: false }), transport);
  if (hits.length < (options.enough ?? options.limit) && hasTypoWords(input))
    hits = await runSuggest(client, suggestRequest(input, options, { typos: true }), transport);
  return dropWeakMatches(hits, WEAK_MATCH_CUT);
}

async function runSuggest(client: Client, request: estypes.SearchRequest, transport?: TransportRequestOptions): Promise<SuggestHit[]> {
  const answer = await client.search(request, transport);
  return answer.hits.hits.map((hit) => ({
    kind: (hit.fields?.kind as SearchKind[] | undefined)?.[0] ?? "ticket",
    id: hit._id!,
    score: hit._score ?? 0,
  }));
}
