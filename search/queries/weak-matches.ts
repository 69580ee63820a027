/**
 * Matches that share only common words with the problem ("работать", "номер") are noise beside the one that
 * shares the problem: they are dropped by two rules, both chosen by bench:relevance --folds (search/README.md,
 * "Weak matches"), never fitted to one folder:
 * - `ratio`: a match scoring under this share of the best one is weak beside it;
 * - `floor`: a match scoring under this share of `scale`, the score a document of average length holding each word
 *   of the problem once would get (queryScale), is weak on its own, the best one too: then nothing is similar.
 * BM25 scores are not comparable between problems (a long text scores higher); both rules compare within one.
 */
export type WeakMatchCut = { ratio: number; floor: number };

/**
 * Chosen by the folds of bench:relevance --folds 5 (search/README.md, "Weak matches"): each fold picks the cut with
 * the best precision of the five items shown that keeps 90% of the relevant ones they showed uncut, on the other
 * four; all five picked 0.4 and 0.2 (the ratio alone: 0.4 by three of five, the median).
 */
export const WEAK_MATCH_CUT: WeakMatchCut = { ratio: 0.4, floor: 0.2 };

/** The hits (best first) that are not weak; without `scale` only the ratio to the best one applies. */
export function dropWeakMatches<T extends { score: number }>(hits: T[], cut: WeakMatchCut, scale?: number | null): T[] {
  const best = hits[0]?.score ?? 0;
  const least = Math.max(cut.ratio * best, scale ? cut.floor * scale : 0);
  return hits.filter((hit) => hit.score >= least);
}

/** Inverse document frequency as BM25 computes it (Lucene's BM25Similarity). */
export function bm25Idf(docFreq: number, docCount: number): number {
  return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
}

/**
 * The scale of a problem's scores: Σ over its words of idf × how often the word occurs in it, which is what BM25
 * gives a document of average length holding each word once (its term-frequency factor is then 1). Words the
 * index has never seen add nothing (no document can match them).
 */
export function queryScale(terms: { termFreq: number; docFreq: number }[], docCount: number): number {
  return terms.reduce((sum, t) => (t.docFreq > 0 ? sum + t.termFreq * bm25Idf(t.docFreq, docCount) : sum), 0);
}
