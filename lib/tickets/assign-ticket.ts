import type { z } from "zod";
import type { TxDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { activeStaff } from "@/lib/routing/active-staff";
import { assignInput } from "./schemas";
import { ticketCommand, updateTicket } from "./ticket-command";

/** Only active IT staff can be given tickets. */
export async function assertAssignable(db: TxDb, userId: string, field = "assigneeId"): Promise<void> {
  if (!(await activeStaff(db, [userId])).has(userId)) {
    throw new AppError("invalid_input", "Some fields are not valid", { [field]: "Not a member of IT staff" });
  }
}

/** The dispatcher gives the ticket to a specialist. */
export async function assignTicket(actor: CurrentUser, ticketId: string, raw: z.input<typeof assignInput>) {
  const { assigneeId } = assignInput.parse(raw);
  return ticketCommand(actor, ticketId, "assign", async (tx, ticket) => {
    await assertAssignable(tx.db, assigneeId);
    if (ticket.assigneeId === assigneeId) return;
    await updateTicket(tx, ticket, actor.id, "assigned", { assigneeId });
  });
}
