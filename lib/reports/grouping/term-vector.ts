import type { Token } from "./tokenize";

/**
 * Why: a text's own shape, needing nothing from other texts — so `matchGroup` can build it for a new ticket
 * without the corpus. Sublinear counts (a word said five times is not five times the problem), subject words
 * counted `subjectWeight` times as much, scaled to unit length so long and short texts compare alike. How rare a
 * word is enters separately, as the term weight the grouping multiplies in.
 */
export function termVector(tokens: Token[], subjectWeight: number): Map<string, number> {
  const subject = new Map<string, number>();
  const body = new Map<string, number>();
  for (const t of tokens) {
    const side = t.inSubject ? subject : body;
    side.set(t.stem, (side.get(t.stem) ?? 0) + 1);
  }
  const vector = new Map<string, number>();
  for (const [stem, n] of body) vector.set(stem, 1 + Math.log(n));
  for (const [stem, n] of subject) vector.set(stem, (vector.get(stem) ?? 0) + subjectWeight * (1 + Math.log(n)));
  let norm = 0;
  for (const v of vector.values()) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [stem, v] of vector) vector.set(stem, v / norm);
  return vector;
}
