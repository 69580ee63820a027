import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { findTickets, linkTicketsIn } from "./link-tickets";
import { problemCommand } from "./problem-command";
import { linkTicketInput } from "./schemas";

/** IT staff link a ticket to an open problem or known error; a ticket in another problem is a 409. */
export async function linkTicket(actor: CurrentUser, problemId: string, raw: z.input<typeof linkTicketInput>) {
  const input = linkTicketInput.parse(raw);
  return problemCommand(actor, problemId, "link", async (tx, problem) => {
    const ticketIds = await findTickets(tx, [input.ticketId], "ticketId");
    await linkTicketsIn(tx, problem, ticketIds, actor.id);
  });
}
