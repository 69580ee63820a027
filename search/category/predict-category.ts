import { type CategoryModel, softmax, vectorize } from "./category-model";

export type CategoryGuess = { categoryId: string; confidence: number };

/** A model made ready for predictions: feature lookup and dense weights built once, not per request. */
export type LoadedCategoryModel = { model: CategoryModel; featureIndex: Map<string, number>; dense: Float32Array[] };

export function loadCategoryModel(model: CategoryModel): LoadedCategoryModel {
  const featureIndex = new Map(model.features.map((f, i) => [f, i]));
  const dense = model.weights.map((pairs) => {
    const row = new Float32Array(model.features.length);
    for (let k = 0; k < pairs.length; k += 2) row[pairs[k]] = pairs[k + 1];
    return row;
  });
  return { model, featureIndex, dense };
}

/** The categories for a text, most probable first, with their probabilities. Empty if no word is known. */
export function predictCategories(loaded: LoadedCategoryModel, text: string): CategoryGuess[] {
  const { model, featureIndex, dense } = loaded;
  const x = vectorize(text, featureIndex, model.idf);
  if (x.index.length === 0) return [];
  const scores = model.classes.map((_, c) => {
    let z = model.bias[c];
    for (let k = 0; k < x.index.length; k++) z += dense[c][x.index[k]] * x.value[k];
    return z;
  });
  return softmax(scores)
    .map((confidence, c) => ({ categoryId: model.classes[c], confidence }))
    .sort((a, b) => b.confidence - a.confidence);
}
