import { eq } from "drizzle-orm";
import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { activeStaff } from "@/lib/routing/active-staff";
import { leastLoaded } from "@/lib/routing/assign";
import { assertAssignable } from "./assign-ticket";
import { escalateInput } from "./schemas";
import { ticketCommand, updateTicket } from "./ticket-command";

/**
 * Hands the ticket over to another specialist, or to a line (whose least-loaded member takes it), with a
 * reason; the escalation level rises and everyone concerned is told.
 */
export async function escalateTicket(actor: CurrentUser, ticketId: string, raw: z.input<typeof escalateInput>) {
  const input = escalateInput.parse(raw);
  if (!input.assigneeId && !input.lineId) {
    throw new AppError("invalid_input", "Some fields are not valid", { assigneeId: "Choose a specialist or a line to hand the ticket to" });
  }
  return ticketCommand(actor, ticketId, "escalate", async (tx, ticket) => {
    let assigneeId = input.assigneeId ?? null;
    if (assigneeId) await assertAssignable(tx.db, assigneeId);
    if (input.lineId) {
      const members = await tx.db
        .select({ id: schema.lineMembers.userId })
        .from(schema.lineMembers)
        .where(eq(schema.lineMembers.lineId, input.lineId));
      if (members.length === 0)
        throw new AppError("invalid_input", "Some fields are not valid", { lineId: "No such line, or it has nobody in it" });
      const available = await activeStaff(
        tx.db,
        members.map((m) => m.id).filter((id) => id !== ticket.assigneeId),
      );
      assigneeId ??= await leastLoaded(tx.db, [...available]);
    }
    await updateTicket(
      tx,
      ticket,
      actor.id,
      "escalated",
      { assigneeId, lineId: input.lineId ?? ticket.lineId, escalationLevel: ticket.escalationLevel + 1 },
      { data: { reason: input.reason, previousAssigneeId: ticket.assigneeId } },
    );
  });
}
