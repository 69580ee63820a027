/**
 * Ranking measures as the SemEval-2016 Task 3 scorer and trec_eval define them, for runs over judged
 * candidates. Relevance grades: 0 irrelevant, 1 relevant, 2 perfect match; 1 and 2 count as relevant for the
 * binary measures, nDCG gains are 2^grade − 1 (the
 * usual graded form; it reproduces the reference figures of /work/shared/data/README.md). A query with nothing relevant scores 0.
 */
export type Qrels = Map<string, Map<string, number>>; // query id → doc id → grade
export type Run = Map<string, string[]>; // query id → doc ids, best first
export type Scores = { map: number; mrr: number; p1: number; p5: number; ndcg10: number };

const isRelevant = (grade: number | undefined) => (grade ?? 0) > 0;

export function averagePrecision(ranking: string[], judged: Map<string, number>): number {
  const relevant = [...judged.values()].filter(isRelevant).length;
  if (relevant === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranking.forEach((doc, i) => {
    if (isRelevant(judged.get(doc))) {
      hits += 1;
      sum += hits / (i + 1);
    }
  });
  return sum / relevant;
}

export function reciprocalRank(ranking: string[], judged: Map<string, number>): number {
  const first = ranking.findIndex((doc) => isRelevant(judged.get(doc)));
  return first === -1 ? 0 : 1 / (first + 1);
}

export function precisionAt(k: number, ranking: string[], judged: Map<string, number>): number {
  return ranking.slice(0, k).filter((doc) => isRelevant(judged.get(doc))).length / k;
}

export function ndcgAt(k: number, ranking: string[], judged: Map<string, number>): number {
  const dcg = (grades: number[]) => grades.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...judged.values()].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranking.map((doc) => judged.get(doc) ?? 0)) / ideal;
}

/** Every measure averaged over `queryIds` (all queries of the set, whether the run answered them or not), in percent. */
export function evaluate(run: Run, qrels: Qrels, queryIds: string[]): Scores {
  const total: Scores = { map: 0, mrr: 0, p1: 0, p5: 0, ndcg10: 0 };
  for (const id of queryIds) {
    const ranking = run.get(id) ?? [];
    const judged = qrels.get(id) ?? new Map<string, number>();
    total.map += averagePrecision(ranking, judged);
    total.mrr += reciprocalRank(ranking, judged);
    total.p1 += precisionAt(1, ranking, judged);
    total.p5 += precisionAt(5, ranking, judged);
    total.ndcg10 += ndcgAt(10, ranking, judged);
  }
  const n = Math.max(queryIds.length, 1);
  return {
    map: (100 * total.map) / n,
    mrr: (100 * total.mrr) / n,
    p1: (100 * total.p1) / n,
    p5: (100 * total.p5) / n,
    ndcg10: (100 * total.ndcg10) / n,
  };
}
