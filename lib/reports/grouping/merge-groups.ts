import type { Edges } from "./find-neighbours";
import type { SparseVector } from "./sparse";
import { dotMap } from "./sparse";
import type { GroupingParams } from "./types";

/**
 * Why: joining every similar pair (single link) chains "printer jams" to "printer toner" to "toner order" until
 * one group holds half the tickets. Here two groups merge only if the MEAN similarity over all their pairs reaches
 * the threshold — computed exactly and cheaply as sum(A)·sum(B) / (|A|·|B|), the groups' summed vectors kept as
 * they merge. Pairs are visited most similar first; passes repeat until nothing merges. Returns each text's group
 * as the index of one of its texts. `threshold` is the effective (absolute) one, see `effectiveThreshold`.
 */
export function mergeGroups(docs: SparseVector[], edges: Edges, params: GroupingParams, threshold: number): Int32Array {
  const n = docs.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  const sums = new Map<number, Map<number, number>>();
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const sumOf = (r: number) => {
    let s = sums.get(r);
    if (!s) {
      s = new Map();
      const d = docs[r];
      for (let k = 0; k < d.terms.length; k++) s.set(d.terms[k], d.weights[k]);
      sums.set(r, s);
    }
    return s;
  };
  const order = Array.from(edges.similarity.keys()).sort(
    (x, y) => edges.similarity[y] - edges.similarity[x] || edges.a[x] - edges.a[y] || edges.b[x] - edges.b[y],
  );
  for (let pass = 0; pass < 4; pass++) {
    let merged = 0;
    for (const e of order) {
      if (edges.similarity[e] < threshold) break; // sorted: no later pair can start a merge either
      let ra = find(edges.a[e]);
      let rb = find(edges.b[e]);
      if (ra === rb) continue;
      if (params.linkage === "average") {
        const mean = dotMap(sumOf(ra), sumOf(rb)) / (size[ra] * size[rb]);
        if (mean < threshold) continue;
      }
      if (size[ra] < size[rb] || (size[ra] === size[rb] && rb < ra)) [ra, rb] = [rb, ra];
      parent[rb] = ra;
      size[ra] += size[rb];
      if (params.linkage === "average") {
        const into = sumOf(ra);
        for (const [t, w] of sumOf(rb)) into.set(t, (into.get(t) ?? 0) + w);
        sums.delete(rb);
      }
      merged++;
    }
    if (merged === 0 || params.linkage === "single") break;
  }
  return Int32Array.from({ length: n }, (_, i) => find(i));
}
