import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { resolveTicketId } from "@/lib/tickets/load-ticket";
import { problemCommand, recordProblemEvent } from "./problem-command";
import { linkTicketInput } from "./schemas";

/** IT staff unlink a ticket. The link is not deleted: it is stamped as unlinked, by whom and when. */
export async function unlinkTicket(actor: CurrentUser, problemId: string, raw: z.input<typeof linkTicketInput>) {
  const input = linkTicketInput.parse(raw);
  return problemCommand(actor, problemId, "unlink", async (tx, problem) => {
    const ticketId = await resolveTicketId(tx.db, input.ticketId);
    const [link] = ticketId
      ? await tx.db
          .select({ id: schema.problemTickets.id, number: schema.tickets.number, ticketId: schema.tickets.id })
          .from(schema.problemTickets)
          .innerJoin(schema.tickets, eq(schema.tickets.id, schema.problemTickets.ticketId))
          .where(
            and(eq(schema.problemTickets.problemId, problem.id), eq(schema.tickets.id, ticketId), isNull(schema.problemTickets.unlinkedAt)),
          )
      : [];
    if (!link) throw new AppError("not_found", "This ticket is not linked to the problem");
    await tx.db
      .update(schema.problemTickets)
      .set({ unlinkedAt: new Date(), unlinkedById: actor.id })
      .where(eq(schema.problemTickets.id, link.id));
    await recordProblemEvent(tx, problem.id, actor.id, {
      action: "ticket_unlinked",
      data: { ticketId: link.ticketId, ticketNumber: link.number },
    });
  });
}
