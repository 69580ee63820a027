/**
 * Every name a problem's audit event may carry. The mail texts of each language (lib/notify/problem-mail-texts.ts)
 * and the bell's kinds (the "problem" kinds of notify.json in each language) say something about each.
 */
export const problemEventNames = [
  "created",
  "updated",
  "ticket_linked",
  "ticket_unlinked",
  "known_error",
  "resolved",
  "closed",
  "time_logged",
  "watcher_added",
  "watcher_removed",
] as const;
export type ProblemEventName = (typeof problemEventNames)[number];

/** An event name read back from the audit table, where only recordProblemEvent writes problem events. */
export const asProblemEventName = (action: string) => action as ProblemEventName;
