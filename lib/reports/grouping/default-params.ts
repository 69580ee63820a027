import type { GroupingParams } from "./types";

/**
 * The setting the cross-validation folds of `npm run bench:problems` agree on (README.md has the figures), not the
 * best single run on the whole data set: a threshold tuned to one folder would not hold on tickets.
 */
export const defaultGroupingParams: GroupingParams = {
  threshold: 0.02,
  relativeThreshold: 0.16,
  linkage: "average",
  idfPower: 1,
  subjectWeight: 1,
  stem: true,
  neighbours: 10,
  probeTerms: 12,
  maxPostings: 256,
  centroidTerms: 30,
};

/** Why a helper: every entry point takes partial params and must fill them the same way. */
export function withDefaults(params?: Partial<GroupingParams>): GroupingParams {
  return { ...defaultGroupingParams, ...params };
}
