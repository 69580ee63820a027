import { problemStatusEnum } from "@/db/schema/enums";

/** Every status a problem may have, in the order of its way: the schema's enum. */
export const problemStatuses = problemStatusEnum.enumValues;
export type ProblemStatus = (typeof problemStatuses)[number];

/** Still being worked: tickets may be linked to it and new matching tickets are offered for linking. */
export const activeProblemStatuses: readonly ProblemStatus[] = ["open", "known_error"];

/** Not closed: its record may still be edited. */
export const notClosedProblemStatuses: readonly ProblemStatus[] = ["open", "known_error", "resolved"];

/** The number people read and type: PRB-12. */
export const problemNumber = (n: number) => `PRB-${n}`;
