import type { Client, estypes } from "@elastic/elasticsearch";
import { halfTypedWord, type SuggestInput, typoTolerance } from "../queries/problem-query";
import { englishQueryStopwords } from "../stopwords";
import { PLAIN_FIELD, searchAnalyzer, wholeTextField } from "./ranking-index";

type Query = estypes.QueryDslQueryContainer;

/** Query-side pseudo-relevance feedback (RM3): `terms` words from the best `docs` hits, weighing `weight` of the query. */
export type Feedback = { docs: number; terms: number; weight: number };

/**
 * Every ranking choice the fold search may make, each a parameter of the suggestion query or of the index
 * (`searchAnalyzer`, `wholeTextField` in ranking-index.ts). A boost of 0 leaves the clause out.
 */
export type RankingChoice = {
  stopWords: boolean;
  synonyms: boolean;
  similarity: { k1: number; b: number };
  /** The subject (title) matched again on its own: title against body. */
  subjectBoost: number;
  /** The production typo-tolerance part (fuzzy, subjects only). */
  typoBoost: number;
  /** The production half-typed-word part (autocomplete prefixes; subject form only). */
  prefixBoost: number;
  /** The text as a phrase with a slop of 2 over the whole problem. */
  phraseBoost: number;
  /** minimum_should_match of the whole-text part; null: any word. */
  minimumShouldMatch: string | null;
  feedback: Feedback | null;
};

/** The suggestion query of issue 15's measurement (before the fold search), as choices. */
export const productionBefore: RankingChoice = {
  stopWords: true,
  synonyms: true,
  similarity: { k1: 1.2, b: 0.75 },
  subjectBoost: 0,
  typoBoost: 0.2,
  prefixBoost: 0.2,
  phraseBoost: 0,
  minimumShouldMatch: null,
  feedback: null,
};

const textOf = (input: SuggestInput) =>
  [input.subject, input.description ?? ""]
    .map((t) => t.trim())
    .filter(Boolean)
    .join("\n");

const withBoost = (part: Query | null, boost: number): Query | null => {
  if (!part || boost === 0) return null;
  const [kind, body] = Object.entries(part)[0] as [string, Record<string, unknown>];
  return { [kind]: { ...body, boost } } as Query;
};

/** The query of a choice, without feedback. */
export function choiceQuery(input: SuggestInput, c: RankingChoice): Query {
  const text = textOf(input);
  const field = wholeTextField(c.similarity);
  const analyzer = searchAnalyzer(c);
  const parts: (Query | null)[] = [
    { match: { [field]: { query: text, analyzer, ...(c.minimumShouldMatch ? { minimum_should_match: c.minimumShouldMatch } : {}) } } },
    c.subjectBoost > 0 ? { match: { subject: { query: text, analyzer, boost: c.subjectBoost } } } : null,
    c.phraseBoost > 0 ? { match_phrase: { [field]: { query: text, analyzer, slop: 2, boost: c.phraseBoost } } } : null,
    withBoost(typoTolerance(input), c.typoBoost),
    withBoost(halfTypedWord(input), c.prefixBoost),
  ];
  return { bool: { should: parts.filter((p): p is Query => p !== null), minimum_should_match: 1 } };
}

/** Plain BM25 (k1 1.2, b 0.75) over title and body, standard analyzer, no stemming: the reference line. */
export function plainQuery(input: SuggestInput): Query {
  return { match: { [PLAIN_FIELD]: { query: textOf(input) } } };
}

const stop = new Set(englishQueryStopwords);

type TermVector = { terms?: Record<string, { term_freq: number; doc_freq?: number }> };

/**
 * RM3: the best `docs` hits of the query weigh each of their words by tf/|d| times the hit's share of the
 * scores; the `terms` heaviest (no stop words, none found in over a fifth of the documents) are added as term
 * queries, taking `weight` of the query's mass from the original words. One more search and one term-vector
 * request per query.
 */
export async function withFeedback(
  client: Client,
  index: string,
  input: SuggestInput,
  c: RankingChoice,
  feedback: Feedback,
): Promise<Query> {
  const base = choiceQuery(input, c);
  const first = await client.search({ index, size: feedback.docs, _source: false, track_total_hits: false, query: base });
  const hits = first.hits.hits.filter((h) => (h._score ?? 0) > 0);
  if (hits.length === 0) return base;
  const vectors = await client.mtermvectors({
    index,
    ids: hits.map((h) => h._id!),
    fields: ["subject", "description", "solution"],
    term_statistics: true,
    field_statistics: true,
    positions: false,
    offsets: false,
    payloads: false,
  });
  const total = hits.reduce((s, h) => s + (h._score ?? 0), 0);
  const weights = new Map<string, number>();
  vectors.docs?.forEach((doc, i) => {
    const tv = (doc.term_vectors ?? {}) as Record<string, TermVector & { field_statistics?: { doc_count: number } }>;
    const counts = new Map<string, number>();
    for (const field of Object.values(tv)) {
      const docCount = field.field_statistics?.doc_count ?? 1;
      for (const [term, stat] of Object.entries(field.terms ?? {})) {
        if (stop.has(term) || term.length < 2 || (stat.doc_freq ?? 0) > docCount / 5) continue;
        counts.set(term, (counts.get(term) ?? 0) + stat.term_freq);
      }
    }
    const length = [...counts.values()].reduce((a, b) => a + b, 0) || 1;
    const share = (hits[i]._score ?? 0) / total;
    for (const [term, tf] of counts) weights.set(term, (weights.get(term) ?? 0) + (share * tf) / length);
  });
  const chosen = [...weights].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, feedback.terms);
  if (chosen.length === 0) return base;
  const mass = chosen.reduce((s, [, w]) => s + w, 0);
  const queryWords = Math.max(
    1,
    textOf(input)
      .split(/\s+/)
      .filter((w) => !stop.has(w.toLowerCase())).length,
  );
  const field = wholeTextField(c.similarity);
  const expansion: Query = {
    bool: { should: chosen.map(([term, w]) => ({ term: { [field]: { value: term, boost: (feedback.weight * queryWords * w) / mass } } })) },
  };
  return { bool: { should: [{ bool: { should: [base], boost: 1 - feedback.weight } }, expansion], minimum_should_match: 1 } };
}

/** The query of a choice, with its feedback round if it has one. */
export async function rankingQuery(client: Client, index: string, input: SuggestInput, c: RankingChoice): Promise<Query> {
  return c.feedback ? withFeedback(client, index, input, c, c.feedback) : choiceQuery(input, c);
}
