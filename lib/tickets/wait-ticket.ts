import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { waitInput } from "./schemas";
import { ticketCommand, updateTicket } from "./ticket-command";

/**
 * The assignee asks the requester something: the question becomes a public remark, the ticket waits for
 * the answer, and the SLA clock pauses until it comes.
 */
export async function waitForRequester(actor: CurrentUser, ticketId: string, raw: z.input<typeof waitInput>) {
  const { reason } = waitInput.parse(raw);
  return ticketCommand(actor, ticketId, "wait", async (tx, ticket) => {
    const now = new Date();
    const [remark] = await tx.db.insert(schema.ticketRemarks).values({ ticketId: ticket.id, authorId: actor.id, body: reason }).returning();
    await updateTicket(
      tx,
      ticket,
      actor.id,
      "waiting",
      { status: "waiting", slaPausedAt: now, firstResponseAt: ticket.firstResponseAt ?? now },
      { data: { reason, remarkId: remark.id } },
    );
  });
}
