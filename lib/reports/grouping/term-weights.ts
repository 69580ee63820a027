/**
 * Why: a word most texts share ("problem", "работает") says little about which problem a text is, one a few texts
 * share says a lot. Weight = (ln(N/df) / ln N) ^ power: 1 for a word in one text, 0 for a word in all, and on the
 * same 0–1 scale whatever the number of texts, so one threshold serves 700 texts and 100,000.
 */
export function termWeights(documentFrequency: ArrayLike<number>, documents: number, power: number): Float64Array {
  const weights = new Float64Array(documentFrequency.length);
  const scale = Math.log(Math.max(documents, 2));
  for (let t = 0; t < weights.length; t++) {
    const df = Math.max(1, documentFrequency[t]);
    weights[t] = power === 0 ? 1 : Math.pow(Math.max(0, Math.log(documents / df)) / scale, power);
  }
  return weights;
}
