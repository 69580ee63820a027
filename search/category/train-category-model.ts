import { categoryFeatures } from "./category-features";
import { type CategoryModel, softmax, vectorize } from "./category-model";

export type TrainingExample = { text: string; categoryId: string };
export type TrainingOptions = { epochs?: number; learningRate?: number; l2?: number; minDocumentFrequency?: number; pruneBelow?: number };

/** A small deterministic generator, so the same tickets always give the same model. */
function shuffler(seed: number) {
  let state = seed;
  return <T>(items: T[]) => {
    for (let i = items.length - 1; i > 0; i--) {
      state = (state * 16807) % 2147483647;
      const j = state % (i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
  };
}

/**
 * Learns the category model from past tickets: TF-IDF of words and word pairs seen in at least two tickets,
 * then a softmax regression fitted by stochastic gradient descent with L2 regularisation and a decaying step.
 * Plain code, no dependency: on 30,000 tickets it takes seconds. Weights too small to matter are dropped from
 * the stored model (below 0.02 they changed no figure of bench:category's validation split). Pure and
 * deterministic.
 */
export function trainCategoryModel(examples: TrainingExample[], options: TrainingOptions = {}): CategoryModel {
  const { epochs = 6, learningRate = 0.5, l2 = 1e-5, minDocumentFrequency = 2, pruneBelow = 0.02 } = options;
  const documentFrequency = new Map<string, number>();
  for (const { text } of examples)
    for (const f of new Set(categoryFeatures(text))) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  const features = [...documentFrequency]
    .filter(([, n]) => n >= minDocumentFrequency)
    .map(([f]) => f)
    .sort();
  const featureIndex = new Map(features.map((f, i) => [f, i]));
  const idf = features.map((f) => Math.log((1 + examples.length) / (1 + documentFrequency.get(f)!)) + 1);
  const classes = [...new Set(examples.map((e) => e.categoryId))].sort();
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const C = classes.length;
  const V = features.length;
  const x = examples.map((e) => vectorize(e.text, featureIndex, idf));
  const y = examples.map((e) => classIndex.get(e.categoryId)!);
  const w = new Float64Array(C * V);
  const bias = new Float64Array(C);
  const order = examples.map((_, i) => i);
  const shuffle = shuffler(7);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order);
    const step = learningRate / (1 + epoch);
    for (const n of order) {
      const { index, value } = x[n];
      const scores: number[] = [];
      for (let c = 0; c < C; c++) {
        let z = bias[c];
        for (let k = 0; k < index.length; k++) z += w[c * V + index[k]] * value[k];
        scores.push(z);
      }
      const p = softmax(scores);
      for (let c = 0; c < C; c++) {
        const gradient = p[c] - (c === y[n] ? 1 : 0);
        bias[c] -= step * gradient;
        for (let k = 0; k < index.length; k++) {
          const at = c * V + index[k];
          w[at] -= step * (gradient * value[k] + l2 * w[at]);
        }
      }
    }
  }
  // Drop weights too small to change a prediction, then the features left with no weight at all.
  const used = new Set<number>();
  for (let c = 0; c < C; c++) for (let i = 0; i < V; i++) if (Math.abs(w[c * V + i]) >= pruneBelow) used.add(i);
  const kept = [...used].sort((a, b) => a - b);
  const weights = classes.map((_, c) => {
    const pairs: number[] = [];
    kept.forEach((i, at) => {
      const value = w[c * V + i];
      if (Math.abs(value) >= pruneBelow) pairs.push(at, Math.round(value * 1e4) / 1e4);
    });
    return pairs;
  });
  return {
    version: 1,
    classes,
    features: kept.map((i) => features[i]),
    idf: kept.map((i) => Math.round(idf[i] * 1e4) / 1e4),
    bias: [...bias],
    weights,
  };
}
