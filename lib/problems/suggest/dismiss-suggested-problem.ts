import { and, eq, isNull } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/is-uuid";
import { resolveTicketId } from "@/lib/tickets/load-ticket";

/**
 * IT staff say a ticket is not another incident of the problem offered for it: the suggestion is no longer shown
 * (ticket page, queue) and the matching does not offer the same problem again (suggest-problem.ts); a different
 * problem matching it later is offered. Safe to repeat. A derived hint, not the ticket's history: no audit event.
 */
export async function dismissSuggestedProblem(actor: CurrentUser, ticketIdOrNumber: string): Promise<void> {
  if (!can(actor.roles, "problems.work")) throw new AppError("forbidden", "You are not allowed to do this");
  const db = getDb();
  const ticketId = await resolveTicketId(db, ticketIdOrNumber);
  if (!isUuid(ticketId)) throw new AppError("not_found", "Ticket not found");
  const [ticket] = await db.select({ id: schema.tickets.id }).from(schema.tickets).where(eq(schema.tickets.id, ticketId));
  if (!ticket) throw new AppError("not_found", "Ticket not found");
  await db
    .update(schema.problemSuggestions)
    .set({ dismissedAt: new Date(), dismissedById: actor.id })
    .where(and(eq(schema.problemSuggestions.ticketId, ticketId), isNull(schema.problemSuggestions.dismissedAt)));
}
