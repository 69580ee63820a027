import type { Client, TransportRequestOptions } from "@elastic/elasticsearch";
import { aliasName } from "../indices/names";
import { categoryVoteQuery, type SuggestInput } from "./problem-query";

export type CategoryGuess = { categoryId: string; confidence: number };
export type SuggestCategoryOptions = { index?: string; neighbours?: number };

/** How many past tickets vote: enough that one odd neighbour cannot decide, few enough to stay on topic. */
export const CATEGORY_NEIGHBOURS = 50;

/**
 * A category for a new ticket from its text: the most similar past tickets that have a category vote for it,
 * each vote weighted by how similar that ticket is (its score squared, so close matches count far more than
 * the tail). Answers the categories with their share of the votes, best first; empty when nothing is similar.
 * Reveals no ticket, only category ids, so it needs no visibility filter.
 */
export async function suggestCategory(
  client: Client,
  input: SuggestInput,
  options: SuggestCategoryOptions = {},
  transport?: TransportRequestOptions,
): Promise<CategoryGuess[]> {
  const answer = await client.search<{ categoryId: string | null }>(
    {
      index: options.index ?? aliasName("ticket"),
      size: options.neighbours ?? CATEGORY_NEIGHBOURS,
      _source: ["categoryId"],
      track_total_hits: false,
      query: {
        bool: {
          must: [categoryVoteQuery(input)],
          // Cancelled tickets were often filed in the wrong place; they do not get a vote.
          filter: [{ exists: { field: "categoryId" } }],
          must_not: [{ term: { status: "cancelled" } }],
        },
      },
    },
    transport,
  );
  return voteCategories(answer.hits.hits.map((hit) => ({ categoryId: hit._source?.categoryId ?? null, score: hit._score ?? 0 })));
}

/** The weighted vote itself, apart from the query so it can be tested alone. */
export function voteCategories(neighbours: { categoryId: string | null; score: number }[]): CategoryGuess[] {
  const votes = new Map<string, number>();
  let total = 0;
  for (const { categoryId, score } of neighbours) {
    if (!categoryId || score <= 0) continue;
    const weight = score * score;
    votes.set(categoryId, (votes.get(categoryId) ?? 0) + weight);
    total += weight;
  }
  return [...votes]
    .map(([categoryId, weight]) => ({ categoryId, confidence: weight / total }))
    .sort((a, b) => b.confidence - a.confidence || a.categoryId.localeCompare(b.categoryId));
}
