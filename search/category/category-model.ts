import { categoryFeatures } from "./category-features";

/**
 * A multinomial logistic regression over TF-IDF features of a ticket's text: the category suggestion learnt
 * from past tickets. Stored as JSON (search/category/train-category-model.ts makes it); weights are sparse,
 * one list of [feature index, weight, …] pairs per class.
 */
export type CategoryModel = {
  version: 1;
  classes: string[];
  features: string[];
  idf: number[];
  bias: number[];
  weights: number[][];
};

export type SparseVector = { index: number[]; value: number[] };

/** Sublinear TF-IDF of the known features of `text`, scaled to unit length. */
export function vectorize(text: string, featureIndex: ReadonlyMap<string, number>, idf: ArrayLike<number>): SparseVector {
  const counts = new Map<number, number>();
  for (const feature of categoryFeatures(text)) {
    const i = featureIndex.get(feature);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const index = [...counts.keys()];
  const value = index.map((i) => (1 + Math.log(counts.get(i)!)) * idf[i]);
  const norm = Math.hypot(...value) || 1;
  return { index, value: value.map((v) => v / norm) };
}

/** Class probabilities (softmax) from raw scores. */
export function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}
