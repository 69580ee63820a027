import type { ProblemEventName } from "@/lib/problems/problem-events";

/** Why someone is told: the mail's footer says it. */
export type ProblemRecipientReason = "owner" | "watcher" | "previousOwner";
export type ProblemRecipient = { userId: string; reason: ProblemRecipientReason };

export type ProblemRecipientFacts = {
  event: { action: ProblemEventName; actorId: string | null; changes: Record<string, { from?: unknown; to?: unknown }> | null };
  problem: { ownerId: string };
  watcherIds: readonly string[];
  /** Everyone named above; someone missing here is treated as gone. */
  people: ReadonlyMap<string, { active: boolean }>;
};

/**
 * Who is told of one problem event: its owner and its watchers (and, when the owner changed, the one who handed
 * it over) — never the actor, never an inactive person, each once.
 */
export function pickProblemRecipients({ event, problem, watcherIds, people }: ProblemRecipientFacts): ProblemRecipient[] {
  const previousOwner = event.changes?.ownerId?.from;
  const candidates: [string | null, ProblemRecipientReason][] = [
    [problem.ownerId, "owner"],
    ...watcherIds.map((id): [string, ProblemRecipientReason] => [id, "watcher"]),
    [typeof previousOwner === "string" ? previousOwner : null, "previousOwner"],
  ];
  const seen = new Set<string>();
  const recipients: ProblemRecipient[] = [];
  for (const [id, reason] of candidates) {
    if (!id || seen.has(id) || id === event.actorId || !people.get(id)?.active) continue;
    seen.add(id);
    recipients.push({ userId: id, reason });
  }
  return recipients;
}
