import { withDefaults } from "./default-params";
import { termVector } from "./term-vector";
import { tokenize } from "./tokenize";
import type { GroupingParams, ProblemGroup } from "./types";

/**
 * Why: a new ticket should be counted in the recurring problem it repeats without grouping everything again. Its
 * unit word vector times a stored centroid is the grouping's own test (mean similarity to the group's members,
 * up to the words the centroid left out), held to the same threshold: the effective one the grouping stored in
 * the group (`group.threshold`; the params' `threshold` only for groups stored without it). The best group wins
 * (ties: the earlier); null when none reaches its threshold. Pass the same params the groups were made with (the
 * words are read with their `stem` and `subjectWeight`).
 */
export function matchGroup(
  text: string,
  groups: Pick<ProblemGroup, "centroid" | "threshold">[],
  params?: Partial<GroupingParams>,
): { index: number; similarity: number } | null {
  const p = withDefaults(params);
  const vector = termVector(tokenize(text, p.stem), p.subjectWeight);
  let best: { index: number; similarity: number } | null = null;
  groups.forEach((g, index) => {
    let similarity = 0;
    for (const [stem, u] of vector) if (Object.hasOwn(g.centroid, stem)) similarity += u * g.centroid[stem];
    if (similarity >= (g.threshold ?? p.threshold) && (!best || similarity > best.similarity)) best = { index, similarity };
  });
  return best;
}
