import type { GroupingParams } from "./types";

/**
 * Why: how similar two texts of one problem are depends on the corpus — forum questions of one problem share a
 * few words (similarity ~0.1), help-desk tickets of one problem most of theirs (~0.5), and rarity weights shrink
 * as a corpus grows. A fixed threshold chosen on one kind of text lumps or splits the other. The corpus's own
 * scale is the median over its texts of each one's best-neighbour similarity (texts with no candidate at all
 * left out): robust to outliers and to a minority of exact duplicates. The threshold is `relativeThreshold`
 * times it, never below the `threshold` floor.
 */
export function effectiveThreshold(
  bestNeighbour: ArrayLike<number>,
  params: Pick<GroupingParams, "threshold" | "relativeThreshold">,
): number {
  if (params.relativeThreshold <= 0) return params.threshold;
  return Math.max(params.threshold, params.relativeThreshold * similarityScale(bestNeighbour));
}

/** The median of the positive best-neighbour similarities; 0 when there are none. */
export function similarityScale(bestNeighbour: ArrayLike<number>): number {
  const kept: number[] = [];
  for (let i = 0; i < bestNeighbour.length; i++) if (bestNeighbour[i] > 0) kept.push(bestNeighbour[i]);
  const positive = Float64Array.from(kept).sort();
  if (positive.length === 0) return 0;
  const mid = positive.length >> 1;
  return positive.length % 2 === 1 ? positive[mid] : (positive[mid - 1] + positive[mid]) / 2;
}
