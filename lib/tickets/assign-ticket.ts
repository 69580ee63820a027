import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { schema, type TxDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { itStaffRoles } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { assignInput } from "./schemas";
import { ticketCommand, updateTicket } from "./ticket-command";

/** Only active IT staff can be given tickets. */
export async function assertAssignable(db: TxDb, userId: string, field = "assigneeId"): Promise<void> {
  const [row] = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .innerJoin(schema.userRoles, eq(schema.userRoles.userId, schema.users.id))
    .where(and(eq(schema.users.id, userId), eq(schema.users.active, true), inArray(schema.userRoles.role, [...itStaffRoles])))
    .limit(1);
  if (!row) throw new AppError("invalid_input", "Some fields are not valid", { [field]: "Not a member of IT staff" });
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
