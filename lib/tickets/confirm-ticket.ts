import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { confirmInput, rejectInput } from "./schemas";
import { ticketCommand, updateTicket } from "./ticket-command";

/** The requester accepts the solution, optionally with a rating: the ticket is closed. */
export async function confirmTicket(actor: CurrentUser, ticketId: string, raw: z.input<typeof confirmInput>) {
  const input = confirmInput.parse(raw);
  return ticketCommand(actor, ticketId, "confirm", async (tx, ticket) => {
    await updateTicket(tx, ticket, actor.id, "confirmed", {
      status: "closed",
      closedAt: new Date(),
      closedBy: "requester",
      rating: input.rating ?? null,
      ratingComment: input.comment ?? null,
    });
  });
}

/** The requester rejects the solution with a complaint: back to the same assignee, reopened once more. */
export async function rejectTicket(actor: CurrentUser, ticketId: string, raw: z.input<typeof rejectInput>) {
  const { complaint } = rejectInput.parse(raw);
  return ticketCommand(actor, ticketId, "reject", async (tx, ticket) => {
    await updateTicket(
      tx,
      ticket,
      actor.id,
      "rejected",
      { status: "in_progress", reopenCount: ticket.reopenCount + 1, resolvedAt: null },
      { data: { complaint } },
    );
  });
}
