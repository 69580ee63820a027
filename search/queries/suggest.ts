import type { Client, estypes, TransportRequestOptions } from "@elastic/elasticsearch";
import { aliasName, type SearchKind } from "../indices/names";
import { highlight } from "./highlight";
import { hasTypoWords, type SuggestInput, suggestionQuery } from "./problem-query";
import { type SuggestAudience, suggestFilter } from "./suggest-filter";
import { dropWeakMatches, WEAK_MATCH_CUT } from "./weak-matches";

/** `enough`: this many hits without typo tolerance make a second, typo-tolerant query unnecessary (default `limit`). */
export type SuggestOptions = { audience: SuggestAudience; limit: number; enough?: number; indices?: string[] };
export type SuggestHit = { kind: SearchKind; id: string; score: number };

const textOf = (input: SuggestInput) => [input.subject, input.description ?? ""].join("\n").trim();

/** The search request for suggestions while someone types: ids, kinds and scores; snippets come after (below). */
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
  return answer.hits.hits.map((hit) => ({ kind: hit._source?.kind ?? "ticket", id: hit._id!, score: hit._score ?? 0 }));
}

// No `no_match_size`: where nothing matched, the caller cuts the start of the text it re-read from Postgres.
const snippet: estypes.SearchHighlightField = { fragment_size: 160, number_of_fragments: 1 };

/**
 * The snippets of the items a suggestion shows: the best fragment of a ticket's solution or an article's body with
 * the typed words marked, keyed `kind:id`; an item where nothing matched has none. Asked for the shown items only,
 * after the Postgres re-check and the de-duplication: highlighting every hit the query returned (three times as
 * many) was about half of the node's time for a suggestion (bench:suggest, the node's fetch phase against its
 * query phase). Only `solution`/`body` are highlighted: the description, remarks and notes of a ticket never leave
 * the index in a suggestion, and titles are shown as Postgres has them.
 */
export async function suggestSnippets(
  client: Client,
  input: SuggestInput,
  items: { kind: SearchKind; id: string }[],
  { indices, transport }: { indices?: string[]; transport?: TransportRequestOptions } = {},
): Promise<Map<string, string>> {
  if (items.length === 0) return new Map();
  const answer = await client.search(
    {
      index: indices ?? [...new Set(items.map((i) => aliasName(i.kind)))],
      size: items.length,
      _source: false,
      track_total_hits: false,
      query: { ids: { values: items.map((i) => i.id) } },
      highlight: highlight({ solution: snippet, body: snippet }, { multi_match: { query: textOf(input), fields: ["solution", "body"] } }),
    },
    transport,
  );
  const kinds = new Map(items.map((i) => [i.id, i.kind]));
  const snippets = new Map<string, string>();
  for (const hit of answer.hits.hits) {
    const kind = kinds.get(hit._id!);
    const fragment = (kind === "ticket" ? hit.highlight?.solution : hit.highlight?.body)?.[0];
    if (kind && fragment) snippets.set(`${kind}:${hit._id}`, fragment);
  }
  return snippets;
}
