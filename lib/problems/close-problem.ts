import { and, eq, inArray, isNull } from "drizzle-orm";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { ticketNumber } from "@/lib/tickets/list-tickets";
import { openStatuses } from "@/lib/tickets/ticket-status";
import { problemCommand, updateProblemRow } from "./problem-command";

/**
 * The owner or the dispatcher close a resolved problem, once none of its linked tickets is open (new, in progress
 * or waiting): a ticket whose requester rejected the solution keeps the problem from closing.
 */
export async function closeProblem(actor: CurrentUser, problemId: string) {
  return problemCommand(actor, problemId, "close", async (tx, problem) => {
    const open = await tx.db
      .select({ number: schema.tickets.number })
      .from(schema.problemTickets)
      .innerJoin(schema.tickets, eq(schema.tickets.id, schema.problemTickets.ticketId))
      .where(
        and(
          eq(schema.problemTickets.problemId, problem.id),
          isNull(schema.problemTickets.unlinkedAt),
          inArray(schema.tickets.status, [...openStatuses]),
        ),
      )
      .orderBy(schema.tickets.number);
    if (open.length > 0)
      throw new AppError(
        "conflict",
        `Tickets still open: ${open.map((t) => ticketNumber(t.number)).join(", ")}; resolve or unlink them first`,
      );
    await updateProblemRow(tx, problem, actor.id, "closed", { status: "closed", closedAt: new Date() });
  });
}
