"use server";

import { guardedAction } from "@/lib/auth/guards";
import { createTicket } from "@/lib/tickets/create-ticket";
import { ticketNumber } from "@/lib/tickets/list-tickets";
import { createTicketInput } from "@/lib/tickets/schemas";
import type { z } from "zod";

// Anyone may file; filing for someone else is checked by createTicket (their head, a dispatcher, an admin).
const create = guardedAction("portal.use", createTicketInput, async (user, input) => {
  const ticket = await createTicket(user, input);
  return { id: ticket.id, number: ticketNumber(ticket.number) };
});

export async function createTicketAction(input: z.input<typeof createTicketInput>) {
  return create(input);
}
