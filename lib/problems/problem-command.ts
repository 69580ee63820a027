import { eq } from "drizzle-orm";
import { schema, type Tx, withTransaction } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/queue";
import { diff } from "@/lib/tickets/ticket-command";
import { type LoadedProblem, loadProblem, resolveProblemId } from "./load-problem";
import type { ProblemEventName } from "./problem-events";
import { checkProblemTransition, type ProblemAction } from "./transitions";

export type ProblemEvent = {
  action: ProblemEventName;
  changes?: Record<string, { from?: unknown; to?: unknown }>;
  data?: Record<string, unknown>;
};

/**
 * Records what happened to a problem: the audit event (entity_type 'problem'), and in the same transaction the
 * job that tells its owner and watchers. Returns the event id.
 */
export async function recordProblemEvent(tx: Tx, problemId: string, actorId: string | null, event: ProblemEvent): Promise<number> {
  const [row] = await tx.db
    .insert(schema.auditEvents)
    .values({ actorId, entityType: "problem", entityId: problemId, action: event.action, changes: event.changes, data: event.data })
    .returning({ id: schema.auditEvents.id });
  await enqueue(tx, "notify.problem", { eventId: row.id });
  return row.id;
}

/**
 * The frame of every problem command, as ticketCommand is for tickets: one transaction, the problem locked, the
 * state machine asked, then the command's own work. Someone who may not read problems is told it does not exist.
 */
export async function problemCommand<T>(
  actor: CurrentUser,
  idOrNumber: string,
  action: ProblemAction,
  work: (tx: Tx, problem: LoadedProblem) => Promise<T>,
): Promise<T> {
  return withTransaction(async (tx) => {
    const id = await resolveProblemId(tx.db, idOrNumber);
    const problem = id ? await loadProblem(tx.db, id, { lock: true }) : null;
    if (!problem) throw new AppError("not_found", "Problem not found");
    const check = checkProblemTransition(problem, actor, action);
    if (!check.ok) {
      throw new AppError(
        check.reason === "not_visible" ? "not_found" : check.reason === "forbidden" ? "forbidden" : "conflict",
        check.message,
      );
    }
    return work(tx, problem);
  });
}

/** Writes a patch to the problem and records it as one event with its diff. */
export async function updateProblemRow(
  tx: Tx,
  problem: LoadedProblem,
  actorId: string,
  action: ProblemEventName,
  patch: Partial<typeof schema.problems.$inferInsert>,
  data?: Record<string, unknown>,
): Promise<void> {
  await tx.db
    .update(schema.problems)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(schema.problems.id, problem.id));
  await recordProblemEvent(tx, problem.id, actorId, {
    action,
    changes: diff(problem as Record<string, unknown>, patch as Record<string, unknown>),
    data,
  });
}
