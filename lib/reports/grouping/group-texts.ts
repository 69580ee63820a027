import { withDefaults } from "./default-params";
import { type Corpus, describeGroup } from "./describe-group";
import { effectiveThreshold } from "./effective-threshold";
import { findNeighbours } from "./find-neighbours";
import { mergeGroups } from "./merge-groups";
import type { SparseVector } from "./sparse";
import { termVector } from "./term-vector";
import { termWeights } from "./term-weights";
import { tokenize } from "./tokenize";
import type { GroupInput, GroupingParams, ProblemGroup } from "./types";

/**
 * Why: the "recurring problems" report needs tickets that describe one problem put together, whatever words and
 * language they use, without a search node. Each text becomes a unit vector of its words (term-vector.ts) scaled
 * by how rare each word is (term-weights.ts); candidate pairs come from an inverted index (find-neighbours.ts);
 * groups merge while their mean pairwise similarity stays above the threshold (merge-groups.ts), which is relative
 * to the corpus's own similarity scale (effective-threshold.ts) and stored in each group for `matchGroup`. Deterministic:
 * the same input in the same order gives the same groups. Groups of one text are returned too. Largest first.
 */
export function groupTexts(inputs: GroupInput[], params?: Partial<GroupingParams>): ProblemGroup[] {
  const p = withDefaults(params);
  const termId = new Map<string, number>();
  const vocabulary: string[] = [];
  const unit = inputs.map((input) => {
    const vector = termVector(tokenize(input.text, p.stem), p.subjectWeight);
    const terms: number[] = [];
    const values: number[] = [];
    for (const [stem, u] of vector) {
      let id = termId.get(stem);
      if (id === undefined) {
        id = vocabulary.length;
        termId.set(stem, id);
        vocabulary.push(stem);
      }
      terms.push(id);
      values.push(u);
    }
    const order = terms.map((_, k) => k).sort((a, b) => terms[a] - terms[b]);
    return { terms: Int32Array.from(order, (k) => terms[k]), weights: Float64Array.from(order, (k) => values[k]) };
  });
  const df = new Int32Array(vocabulary.length);
  for (const d of unit) for (const t of d.terms) df[t]++;
  const weights = termWeights(df, inputs.length, p.idfPower);
  const docs: SparseVector[] = unit.map((d) => ({ terms: d.terms, weights: d.weights.map((u, k) => u * Math.sqrt(weights[d.terms[k]])) }));

  const edges = findNeighbours(docs, vocabulary.length, p);
  const threshold = effectiveThreshold(edges.best, p);
  const root = mergeGroups(docs, edges, p, threshold);
  const byRoot = new Map<number, number[]>();
  root.forEach((r, i) => byRoot.set(r, [...(byRoot.get(r) ?? []), i]));
  const corpus: Corpus = { ids: inputs.map((d) => d.id), texts: inputs.map((d) => d.text), docs, vocabulary, weights };
  const groups = [...byRoot.values()].map((members) => ({ first: members[0], group: describeGroup(members, corpus, p, threshold) }));
  groups.sort((a, b) => b.group.members.length - a.group.members.length || a.first - b.first);
  return groups.map((g) => g.group);
}
