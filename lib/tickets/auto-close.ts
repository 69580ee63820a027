import { and, eq, lt } from "drizzle-orm";
import { getDb, schema, withTransaction } from "@/db/client";
import { getSetting } from "@/lib/settings/settings";
import { loadTicket } from "./load-ticket";
import { updateTicket } from "./ticket-command";

const DAY = 24 * 3600_000;

/**
 * Closes resolved tickets the requester left without an answer for the configured days (7 by default),
 * recorded as closed automatically. `now` is injectable so tests can move the clock.
 */
export async function autoCloseResolved(now: Date = new Date()): Promise<number> {
  const days = await getSetting(getDb(), "autoCloseDays");
  const idle = await getDb()
    .select({ id: schema.tickets.id })
    .from(schema.tickets)
    .where(and(eq(schema.tickets.status, "resolved"), lt(schema.tickets.resolvedAt, new Date(now.getTime() - days * DAY))));
  let closed = 0;
  // One transaction per ticket: one that fails (or changed meanwhile) does not hold back the others.
  for (const { id } of idle) {
    await withTransaction(async (tx) => {
      const ticket = await loadTicket(tx.db, id, { lock: true });
      if (ticket?.status !== "resolved") return;
      await updateTicket(tx, ticket, null, "auto_closed", { status: "closed", closedAt: now, closedBy: "auto" }, { data: { days } });
      closed++;
    });
  }
  return closed;
}
