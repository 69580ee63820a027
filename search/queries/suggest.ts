import type { Client, estypes, TransportRequestOptions } from "@elastic/elasticsearch";
import { aliasName, type SearchKind } from "../indices/names";
import { highlight } from "./highlight";
import { hasTypoWords, type SuggestInput, suggestionQuery } from "./problem-query";
import { type SuggestAudience, suggestFilter } from "./suggest-filter";
import { dropWeakMatches, WEAK_MATCH_CUT } from "./weak-matches";

/** `enough`: this many hits without typo tolerance make a second, typo-tolerant query unnecessary (default `limit`). */
export type SuggestOptions = { audience: SuggestAudience; limit: number; enough?: number; indices?: string[] };
/** `snippetHtml`: the best fragment of the solution or article body with the typed words marked; null if none matched. */
export type SuggestHit = { kind: SearchKind; id: string; score: number; snippetHtml: string | null };

// No `no_match_size`: where nothing matched, the caller cuts the start of the text it re-reads from Postgres
// anyway, and the node is spared loading and cutting it. Measured with the bench's typed requests on 20,000
// tickets, one at a time: highlighting was ~40% of the node's CPU for a suggestion (4.8 ms with it, 2.9 without);
// dropping `no_match_size` and the title highlights nobody showed brought it to 3.6 ms. Highlighting only the
// items shown, in a second request after the Postgres re-check, was tried and dropped: the node spent no less
// CPU a suggestion (9.0–13.9 ms against 7.2–12.7, bench:suggest) and the web server more for the round trip.
const snippet: estypes.SearchHighlightField = { fragment_size: 160, number_of_fragments: 1 };
const textOf = (input: SuggestInput) => [input.subject, input.description ?? ""].join("\n").trim();

/**
 * The search request for suggestions while someone types. Only `solution`/`body` are ever highlighted (titles
 * are shown as Postgres has them): the description, remarks and notes of a ticket never leave the index in a
 * suggestion.
 */
export function suggestRequest(
  input: SuggestInput,
  options: SuggestOptions,
  { typos = true }: { typos?: boolean } = {},
): estypes.SearchRequest {
  return {
    index: options.indices ?? [aliasName("ticket"), aliasName("article")],
    size: options.limit,
    _source: ["kind"],
    track_total_hits: false,
    query: { bool: { must: [suggestionQuery(input, { typos })], filter: [suggestFilter(options.audience)] } },
    highlight: highlight({ solution: snippet, body: snippet }, { multi_match: { query: textOf(input), fields: ["solution", "body"] } }),
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
  const answer = await client.search<{ kind: SearchKind }>(request, transport);
  return answer.hits.hits.map((hit) => {
    const kind = hit._source?.kind ?? "ticket";
    return {
      kind,
      id: hit._id!,
      score: hit._score ?? 0,
      snippetHtml: (kind === "ticket" ? hit.highlight?.solution : hit.highlight?.body)?.[0] ?? null,
    };
  });
}
