import { eq, sql } from "drizzle-orm";
import { schema, type Tx, withTransaction } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/queue";
import { type LockedTicket, loadTicket, resolveTicketId } from "./load-ticket";
import type { TicketEventName } from "./ticket-events";
import { checkTransition, type TicketAction } from "./transitions";

export type TicketEvent = {
  action: TicketEventName;
  changes?: Record<string, { from?: unknown; to?: unknown }>;
  data?: Record<string, unknown>;
  /** Internal events (internal notes, time) are told to IT staff only. */
  internal?: boolean;
};

/**
 * Records what happened to a ticket: the audit event, and in the same transaction the jobs that tell the
 * people concerned and refresh the search index. Returns the event id.
 */
export async function recordTicketEvent(tx: Tx, ticketId: string, actorId: string | null, event: TicketEvent): Promise<number> {
  const [row] = await tx.db
    .insert(schema.auditEvents)
    .values({
      actorId,
      entityType: "ticket",
      entityId: ticketId,
      action: event.action,
      changes: event.changes,
      data: { ...event.data, ...(event.internal ? { internal: true } : {}) },
    })
    .returning({ id: schema.auditEvents.id });
  await enqueue(tx, "notify.ticket", { eventId: row.id });
  // The search copy follows; several changes in a row collapse into one re-index: a job still waiting takes this
  // change too. That holds only if the waiting job cannot read the ticket before this transaction commits, so the
  // row stays locked to the commit (commands hold the lock already; this makes sure), and the job reads it
  // FOR SHARE (search/sync/index-document.ts), waiting for us. Without it, under load a job started between this
  // enqueue and the commit indexed the old state and the change never reached the index (npm run test:faults).
  await tx.db.execute(sql`select 1 from ${schema.tickets} where ${schema.tickets.id} = ${ticketId} for update`);
  await enqueue(tx, "search.index", { kind: "ticket", id: ticketId }, { singletonKey: `ticket:${ticketId}` });
  return row.id;
}

/** Field-by-field what changed, for the audit trail. */
export function diff<T extends Record<string, unknown>>(before: T, patch: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(patch)) {
    const from = before[key];
    const same = from instanceof Date && to instanceof Date ? from.getTime() === to.getTime() : from === to;
    if (!same && key !== "updatedAt") changes[key] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}

/**
 * The frame of every ticket command: one transaction, the ticket locked, the state machine asked, then the
 * command's own work. A ticket the actor cannot see is "not found"; a wrong state is a 409 with the reason.
 * `within`: an enclosing transaction to join instead of opening one.
 */
export async function ticketCommand<T>(
  actor: CurrentUser,
  idOrNumber: string,
  action: TicketAction,
  work: (tx: Tx, ticket: LockedTicket) => Promise<T>,
  within?: Tx,
): Promise<T> {
  return withTransaction(async (tx) => {
    const id = await resolveTicketId(tx.db, idOrNumber);
    const ticket = id ? await loadTicket(tx.db, id, { lock: true }) : null;
    if (!ticket) throw new AppError("not_found", "Ticket not found");
    const check = checkTransition(ticket, actor, action);
    if (!check.ok) {
      throw new AppError(
        check.reason === "not_visible" ? "not_found" : check.reason === "forbidden" ? "forbidden" : "conflict",
        check.message,
      );
    }
    return work(tx, ticket);
  }, within);
}

/** Writes a patch to the ticket and records it as one event with its diff. */
export async function updateTicket(
  tx: Tx,
  ticket: LockedTicket,
  actorId: string | null,
  action: TicketEventName,
  patch: Partial<typeof schema.tickets.$inferInsert>,
  extra: Omit<TicketEvent, "action" | "changes"> = {},
): Promise<void> {
  await tx.db
    .update(schema.tickets)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(schema.tickets.id, ticket.id));
  await recordTicketEvent(tx, ticket.id, actorId, {
    action,
    changes: diff(ticket as Record<string, unknown>, patch as Record<string, unknown>),
    ...extra,
  });
}
