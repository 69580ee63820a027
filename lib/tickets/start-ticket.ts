import type { CurrentUser } from "@/lib/auth/current-user";
import { ticketCommand, updateTicket } from "./ticket-command";

/** The assignee takes a new ticket into work: the requester sees someone is on it, the response SLA is met. */
export async function startTicket(actor: CurrentUser, ticketId: string) {
  return ticketCommand(actor, ticketId, "start", async (tx, ticket) => {
    await updateTicket(tx, ticket, actor.id, "started", { status: "in_progress", firstResponseAt: ticket.firstResponseAt ?? new Date() });
  });
}
