import { and, eq, inArray, isNull } from "drizzle-orm";
import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { loadTicket } from "@/lib/tickets/load-ticket";
import { resolveLockedTicket } from "@/lib/tickets/resolve-ticket";
import { openStatuses } from "@/lib/tickets/ticket-status";
import { problemCommand, updateProblemRow } from "./problem-command";
import { problemNumber } from "./problem-status";
import { resolveProblemInput } from "./schemas";

/**
 * The owner or the dispatcher resolve the problem with its solution. With `resolveTickets`, every linked ticket
 * still open is resolved with that solution through the ticket's own resolve (its audit event, its mails, its index
 * job, and its requester confirms or rejects as usual) — all in this one transaction: if any fails, none is
 * resolved and neither is the problem.
 */
export async function resolveProblem(actor: CurrentUser, problemId: string, raw: z.input<typeof resolveProblemInput>) {
  const input = resolveProblemInput.parse(raw);
  return problemCommand(actor, problemId, "resolve", async (tx, problem) => {
    const resolved: number[] = [];
    if (input.resolveTickets) {
      const links = await tx.db
        .select({ ticketId: schema.problemTickets.ticketId })
        .from(schema.problemTickets)
        .innerJoin(schema.tickets, eq(schema.tickets.id, schema.problemTickets.ticketId))
        .where(
          and(
            eq(schema.problemTickets.problemId, problem.id),
            isNull(schema.problemTickets.unlinkedAt),
            inArray(schema.tickets.status, [...openStatuses]),
          ),
        )
        .orderBy(schema.tickets.id);
      for (const { ticketId } of links) {
        // Locked and read again: a ticket resolved or cancelled a moment ago is left as it now is.
        const ticket = await loadTicket(tx.db, ticketId, { lock: true });
        if (!ticket || !openStatuses.includes(ticket.status)) continue;
        // The problem's owner or the dispatcher may resolve its incidents, assigned to them or not: the authority
        // comes from the problem (its rule was checked above), the change is the ticket's own.
        await resolveLockedTicket(
          tx,
          actor,
          ticket,
          { solution: input.solution, shareable: true },
          { problemId: problem.id, problemNumber: problemNumber(problem.number) },
        );
        resolved.push(ticket.number);
      }
    }
    await updateProblemRow(
      tx,
      problem,
      actor.id,
      "resolved",
      { status: "resolved", solution: input.solution, resolvedAt: new Date() },
      { resolvedTickets: resolved },
    );
    return { resolvedTickets: resolved };
  });
}
