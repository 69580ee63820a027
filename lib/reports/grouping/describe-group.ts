import { labelTerms } from "./label-terms";
import { dotSparse, type SparseVector } from "./sparse";
import type { GroupingParams, ProblemGroup } from "./types";

/** The texts the grouping works on, in input order, with what describing a group needs of them. */
export type Corpus = { ids: string[]; texts: string[]; docs: SparseVector[]; vocabulary: string[]; weights: Float64Array };

/**
 * Why: a group is used three ways — shown (members best example first, readable label), and matched against new
 * texts later (the centroid). The centroid holds the group's mean vector times each word's weight, so
 * `matchGroup` can score a new text from its own words alone: u·centroid equals the grouping's mean similarity
 * between that text and the group's members. Only the heaviest `centroidTerms` words are kept. `threshold` is the
 * effective one the grouping used, stored so `matchGroup` holds new texts to the same test.
 */
export function describeGroup(members: number[], corpus: Corpus, params: GroupingParams, threshold: number): ProblemGroup {
  const mean = new Map<number, number>();
  const coverage = new Map<number, number>();
  for (const m of members) {
    const d = corpus.docs[m];
    for (let k = 0; k < d.terms.length; k++) {
      mean.set(d.terms[k], (mean.get(d.terms[k]) ?? 0) + d.weights[k] / members.length);
      coverage.set(d.terms[k], (coverage.get(d.terms[k]) ?? 0) + 1 / members.length);
    }
  }
  const terms = Int32Array.from([...mean.keys()].sort((a, b) => a - b));
  const meanVector: SparseVector = { terms, weights: Float64Array.from(terms, (t) => mean.get(t)!) };
  const closeness = new Map(members.map((m) => [m, dotSparse(corpus.docs[m], meanVector)]));
  const ordered = [...members].sort((a, b) => closeness.get(b)! - closeness.get(a)! || a - b);

  const centroid: Record<string, number> = {};
  const byWeight = [...mean].map(([t, v]) => [t, v * Math.sqrt(corpus.weights[t])] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (const [t, v] of byWeight.slice(0, params.centroidTerms)) if (v > 0) centroid[corpus.vocabulary[t]] = Number(v.toPrecision(4));

  const ranked = [...mean]
    .map(([t, v]) => ({ stem: corpus.vocabulary[t], score: v * coverage.get(t)!, t }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.t - b.t);
  const sample = ordered.slice(0, 50).map((m) => corpus.texts[m]);
  return { members: ordered.map((m) => corpus.ids[m]), labelTerms: labelTerms(ranked, sample, params.stem), centroid, threshold };
}
