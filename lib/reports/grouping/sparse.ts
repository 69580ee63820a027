/** A text as sorted term ids and their weights: compact for 100,000 texts, and a dot product is one merge walk. */
export type SparseVector = { terms: Int32Array; weights: Float64Array };

/** Why: the similarity of two texts is the dot product of their weighted vectors; both sides are sorted by term. */
export function dotSparse(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const d = a.terms[i] - b.terms[j];
    if (d === 0) sum += a.weights[i++] * b.weights[j++];
    else if (d < 0) i++;
    else j++;
  }
  return sum;
}

/** Why: a group's vector is a sum of many texts' vectors and grows as groups merge, so it is a map, not arrays. */
export function dotMap(a: Map<number, number>, b: Map<number, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}
