import { and, eq, inArray, isNull } from "drizzle-orm";
import { schema, type Tx } from "@/db/client";
import { AppError } from "@/lib/errors";
import { ticketNumber } from "@/lib/tickets/list-tickets";
import { resolveTicketId } from "@/lib/tickets/load-ticket";
import { recordProblemEvent } from "./problem-command";
import { problemNumber } from "./problem-status";

/** Ticket references (uuid or HD-number) to the tickets' ids; one that does not exist is a 400 on `field`. */
export async function findTickets(tx: Tx, refs: readonly string[], field: string): Promise<string[]> {
  const ids: string[] = [];
  for (const ref of refs) {
    const id = await resolveTicketId(tx.db, ref);
    const [row] = id ? await tx.db.select({ id: schema.tickets.id }).from(schema.tickets).where(eq(schema.tickets.id, id)) : [];
    if (!row) throw new AppError("invalid_input", "Some fields are not valid", { [field]: "No such ticket" });
    ids.push(row.id);
  }
  return [...new Set(ids)];
}

/**
 * Links tickets to a problem inside the caller's transaction, one audit event each. A ticket belongs to at most one
 * problem: one linked to another is a 409 naming it (the partial unique index holds the rule in the database too);
 * one already linked to this problem is left as it is.
 */
export async function linkTicketsIn(
  tx: Tx,
  problem: { id: string; number: number },
  ticketIds: readonly string[],
  actorId: string,
): Promise<number> {
  if (ticketIds.length === 0) return 0;
  // The tickets are locked in one order, so two problems linking the same tickets wait for each other.
  const locked = await tx.db
    .select({ id: schema.tickets.id, number: schema.tickets.number })
    .from(schema.tickets)
    .where(inArray(schema.tickets.id, [...ticketIds]))
    .orderBy(schema.tickets.id)
    .for("update");
  const links = await tx.db
    .select({ ticketId: schema.problemTickets.ticketId, problemId: schema.problemTickets.problemId, problemNumber: schema.problems.number })
    .from(schema.problemTickets)
    .innerJoin(schema.problems, eq(schema.problems.id, schema.problemTickets.problemId))
    .where(and(inArray(schema.problemTickets.ticketId, [...ticketIds]), isNull(schema.problemTickets.unlinkedAt)));
  const current = new Map(links.map((l) => [l.ticketId, l]));
  let linked = 0;
  for (const ticket of locked) {
    const link = current.get(ticket.id);
    if (link && link.problemId !== problem.id) {
      throw new AppError(
        "conflict",
        `Ticket ${ticketNumber(ticket.number)} is already linked to problem ${problemNumber(link.problemNumber)}`,
      );
    }
    if (link) continue;
    await tx.db.insert(schema.problemTickets).values({ problemId: problem.id, ticketId: ticket.id, linkedById: actorId });
    await recordProblemEvent(tx, problem.id, actorId, {
      action: "ticket_linked",
      data: { ticketId: ticket.id, ticketNumber: ticket.number },
    });
    linked += 1;
  }
  return linked;
}
