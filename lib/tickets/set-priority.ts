import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { dueDatesFor } from "@/lib/routing/sla";
import { priorityInput } from "./schemas";
import { ticketCommand, updateTicket } from "./ticket-command";

/** The dispatcher overrides the priority with a reason; the SLA targets follow the new priority. */
export async function setTicketPriority(actor: CurrentUser, ticketId: string, raw: z.input<typeof priorityInput>) {
  const { priority, reason } = priorityInput.parse(raw);
  return ticketCommand(actor, ticketId, "setPriority", async (tx, ticket) => {
    if (priority === ticket.priority) return;
    const due = await dueDatesFor(tx.db, priority, ticket.createdAt);
    await updateTicket(tx, ticket, actor.id, "priority_changed", { priority, ...due }, { data: { reason } });
  });
}
