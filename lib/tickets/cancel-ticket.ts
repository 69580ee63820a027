import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { cancelInput } from "./schemas";
import { ticketCommand, updateTicket } from "./ticket-command";

/** The requester withdraws the ticket before it is resolved. */
export async function cancelTicket(actor: CurrentUser, ticketId: string, raw: z.input<typeof cancelInput>) {
  const { reason } = cancelInput.parse(raw);
  return ticketCommand(actor, ticketId, "cancel", async (tx, ticket) => {
    await updateTicket(
      tx,
      ticket,
      actor.id,
      "cancelled",
      { status: "cancelled", closedAt: new Date(), closedBy: "requester", slaPausedAt: null },
      { data: { reason } },
    );
  });
}
