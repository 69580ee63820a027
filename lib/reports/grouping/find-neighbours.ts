import { dotSparse, type SparseVector } from "./sparse";
import type { GroupingParams } from "./types";

/**
 * Pairs of texts that may be in one group (similarity at least the `threshold` floor), as parallel arrays (a few
 * per text, so ~n·k entries); and each text's best-neighbour similarity among all candidates (0 for none).
 */
export type Edges = { a: Int32Array; b: Int32Array; similarity: Float64Array; best: Float64Array };

/**
 * Why: comparing all pairs is O(n²) — 5·10⁹ pairs at 100,000 tickets. Instead each text reads the posting lists
 * of its heaviest words in an inverted index, at most `maxPostings` entries of each (the nearest in input order:
 * a very common word's list is long but says little, and any slice of it finds the same kind of text), adds up a
 * partial score, and computes the exact similarity only for its `neighbours` best candidates.
 */
export function findNeighbours(docs: SparseVector[], vocabularySize: number, params: GroupingParams): Edges {
  const n = docs.length;
  const df = new Int32Array(vocabularySize);
  for (const d of docs) for (const t of d.terms) df[t]++;
  const start = new Int32Array(vocabularySize + 1);
  for (let t = 0; t < vocabularySize; t++) start[t + 1] = start[t] + df[t];
  const postingDoc = new Int32Array(start[vocabularySize]);
  const postingWeight = new Float64Array(start[vocabularySize]);
  const fill = start.slice(0, vocabularySize);
  docs.forEach((d, i) => {
    for (let k = 0; k < d.terms.length; k++) {
      const p = fill[d.terms[k]]++;
      postingDoc[p] = i;
      postingWeight[p] = d.weights[k];
    }
  });

  const score = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  const outA: number[] = [];
  const outB: number[] = [];
  const outSim: number[] = [];
  const bestSimilarity = new Float64Array(n);
  const k = params.neighbours;
  const half = params.maxPostings >> 1;
  for (let i = 0; i < n; i++) {
    const d = docs[i];
    const probe = [...d.terms.keys()].filter((x) => df[d.terms[x]] > 1).sort((x, y) => d.weights[y] - d.weights[x] || x - y);
    for (const x of probe.slice(0, params.probeTerms)) {
      const t = d.terms[x];
      const lo = start[t];
      const hi = start[t + 1];
      // This text's own place in the list (lists are in input order), then a window around it.
      let l = lo;
      let h = hi;
      while (l < h) {
        const m = (l + h) >> 1;
        if (postingDoc[m] < i) l = m + 1;
        else h = m;
      }
      const from = Math.max(lo, Math.min(l - half, hi - params.maxPostings));
      const to = Math.min(hi, from + params.maxPostings);
      const w = d.weights[x];
      for (let p = from; p < to; p++) {
        const j = postingDoc[p];
        if (j === i) continue;
        if (!seen[j]) {
          seen[j] = 1;
          touched.push(j);
        }
        score[j] += w * postingWeight[p];
      }
    }
    // The k best partial scores (insertion into a short sorted list), then exact similarities.
    const best: number[] = [];
    for (const j of touched) {
      if (best.length === k && score[j] <= score[best[k - 1]]) continue;
      let at = best.length;
      while (at > 0 && (score[best[at - 1]] < score[j] || (score[best[at - 1]] === score[j] && best[at - 1] > j))) at--;
      best.splice(at, 0, j);
      if (best.length > k) best.pop();
    }
    for (const j of touched) {
      score[j] = 0;
      seen[j] = 0;
    }
    touched.length = 0;
    for (const j of best) {
      const s = dotSparse(d, docs[j]);
      if (s > bestSimilarity[i]) bestSimilarity[i] = s;
      if (s > bestSimilarity[j]) bestSimilarity[j] = s;
      if (s >= params.threshold) {
        outA.push(i);
        outB.push(j);
        outSim.push(s);
      }
    }
  }
  return { a: Int32Array.from(outA), b: Int32Array.from(outB), similarity: Float64Array.from(outSim), best: bestSimilarity };
}
