import type { Client, estypes } from "@elastic/elasticsearch";
import type { SuggestInput } from "../queries/problem-query";
import { suggestRequest } from "../queries/suggest";
import type { RelevanceSet, TextItem } from "./dataset";
import type { ScoredRun } from "./trec";

export type Protocol = "rerank" | "corpus";
export type QueryForm = "subject" | "full";

const everyone = { reader: "public" } as const;

/** The query a run sends for one input; by default the production suggestion query (suggestRequest). */
export type QueryBuilder = (input: SuggestInput) => Promise<estypes.QueryDslQueryContainer>;

/**
 * One run of the production suggestion query over a set indexed as past tickets:
 * - `rerank`: the task's protocol, each query's 10 judged candidates re-ordered (the query is restricted to them
 *   with a filter, which leaves scores untouched; candidates it does not match keep their original order after);
 * - `corpus`: retrieve the best 100 from the whole corpus, as the product does.
 * `subject` sends the title alone (a requester who has typed only the subject); `full` title and body.
 * `build` replaces the production query (the fold search's choices, plain BM25); the filter stays.
 */
export async function relevanceRun(
  client: Client,
  index: string,
  set: RelevanceSet,
  protocol: Protocol,
  form: QueryForm,
  build?: QueryBuilder,
): Promise<ScoredRun> {
  const run: ScoredRun = new Map();
  for (const query of set.queries) {
    const input = inputOf(query, form);
    const request = suggestRequest(input, { audience: everyone, limit: protocol === "rerank" ? 10 : 100, indices: [index] });
    if (build)
      request.query = {
        bool: { must: [await build(input)], filter: (request.query as { bool: { filter: estypes.QueryDslQueryContainer[] } }).bool.filter },
      };
    const candidates = set.candidates.get(query.id) ?? [];
    if (protocol === "rerank") request.query = { bool: { must: [request.query!], filter: [{ ids: { values: candidates } }] } };
    const answer = await client.search({ ...request, highlight: undefined, _source: false });
    const ranked = answer.hits.hits.map((hit) => ({ id: hit._id!, score: hit._score ?? 0 }));
    if (protocol === "rerank") {
      const seen = new Set(ranked.map((r) => r.id));
      for (const id of candidates) if (!seen.has(id)) ranked.push({ id, score: 0 });
    }
    run.set(query.id, ranked);
  }
  return run;
}

function inputOf(query: TextItem, form: QueryForm): SuggestInput {
  return form === "subject" ? { subject: query.title } : { subject: query.title, description: query.body };
}
