/** Accuracy and macro-averaged F1 (percent) of predicted against true labels. */
export function classificationScores(pairs: { truth: string; predicted: string | null }[]): {
  accuracy: number;
  macroF1: number;
  perLabel: Map<string, number>;
} {
  const labels = new Set(pairs.map((p) => p.truth));
  const perLabel = new Map<string, number>();
  let f1Sum = 0;
  for (const label of labels) {
    const tp = pairs.filter((p) => p.truth === label && p.predicted === label).length;
    const predicted = pairs.filter((p) => p.predicted === label).length;
    const actual = pairs.filter((p) => p.truth === label).length;
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perLabel.set(label, 100 * f1);
    f1Sum += f1;
  }
  const correct = pairs.filter((p) => p.truth === p.predicted).length;
  return { accuracy: (100 * correct) / Math.max(pairs.length, 1), macroF1: (100 * f1Sum) / Math.max(labels.size, 1), perLabel };
}
