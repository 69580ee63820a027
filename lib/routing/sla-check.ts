import { and, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";
import { getDb, schema, withTransaction } from "@/db/client";
import { getSetting } from "@/lib/settings/settings";
import { loadTicket } from "@/lib/tickets/load-ticket";
import { recordTicketEvent, updateTicket } from "@/lib/tickets/ticket-command";
import { clockRunningStatuses } from "@/lib/tickets/ticket-status";

const { tickets } = schema;

/**
 * Watches the SLA of open tickets not waiting for the requester: near the resolution target the assignee
 * and the dispatcher are warned (once); past a target the ticket is marked breached and escalated.
 * `now` is injectable for tests.
 */
export async function checkSla(now: Date = new Date()): Promise<{ warned: number; breached: number }> {
  const warnMinutes = await getSetting(getDb(), "slaWarnMinutes");
  const warnBefore = new Date(now.getTime() + warnMinutes * 60_000);
  const candidates = await getDb()
    .select({ id: tickets.id })
    .from(tickets)
    .where(
      and(
        inArray(tickets.status, [...clockRunningStatuses]),
        isNull(tickets.slaPausedAt),
        or(
          and(isNotNull(tickets.resolutionDueAt), lt(tickets.resolutionDueAt, warnBefore)),
          and(isNull(tickets.firstResponseAt), isNotNull(tickets.responseDueAt), lt(tickets.responseDueAt, now)),
        ),
      ),
    );
  const result = { warned: 0, breached: 0 };
  for (const { id } of candidates) {
    await withTransaction(async (tx) => {
      const t = await loadTicket(tx.db, id, { lock: true });
      if (!t || !clockRunningStatuses.includes(t.status) || t.slaPausedAt) return;
      const resolutionLate = t.resolutionDueAt !== null && t.resolutionDueAt < now;
      const responseLate = t.firstResponseAt === null && t.responseDueAt !== null && t.responseDueAt < now;
      if ((resolutionLate || responseLate) && !t.breached) {
        await updateTicket(
          tx,
          t,
          null,
          "sla_breached",
          { breached: true, escalationLevel: t.escalationLevel + 1 },
          {
            data: { target: resolutionLate ? "resolution" : "response" },
          },
        );
        result.breached++;
      } else if (!t.breached && !t.slaWarnedAt && t.resolutionDueAt !== null && t.resolutionDueAt < warnBefore) {
        await tx.db
          .update(tickets)
          .set({ slaWarnedAt: now })
          .where(inArray(tickets.id, [t.id]));
        await recordTicketEvent(tx, t.id, null, { action: "sla_warning", data: { dueAt: t.resolutionDueAt.toISOString() } });
        result.warned++;
      }
    });
  }
  return result;
}
