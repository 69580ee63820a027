// The text grouping behind the "recurring problems" report: pure functions, no database, no search node.

export { defaultGroupingParams } from "./default-params";
export { groupTexts } from "./group-texts";
export { matchGroup } from "./match-group";
export type { GroupInput, GroupingParams, ProblemGroup } from "./types";
