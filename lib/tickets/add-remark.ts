import { eq } from "drizzle-orm";
import type { z } from "zod";
import { schema, type Tx } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { resumeAfterPause } from "@/lib/routing/sla";
import { remarkInput } from "./schemas";
import { recordTicketEvent, ticketCommand, updateTicket } from "./ticket-command";

/**
 * A remark: public (the requester, watchers and staff see it) or an internal note (IT staff only). The
 * requester's answer to a ticket waiting for them returns it to work and restarts the SLA clock; the
 * assignee's first public word on a new ticket starts the work.
 */
export async function addRemark(
  actor: CurrentUser,
  ticketId: string,
  raw: z.input<typeof remarkInput>,
  options: { tx?: Tx; eventData?: Record<string, unknown> } = {},
) {
  const input = remarkInput.parse(raw);
  return ticketCommand(
    actor,
    ticketId,
    input.internal ? "internalNote" : "remark",
    async (tx, ticket) => {
      const [remark] = await tx.db
        .insert(schema.ticketRemarks)
        .values({ ticketId: ticket.id, authorId: actor.id, body: input.body, internal: input.internal })
        .returning();
      await recordTicketEvent(tx, ticket.id, actor.id, {
        action: input.internal ? "internal_note" : "remarked",
        data: { remarkId: remark.id, body: input.body, ...options.eventData },
        internal: input.internal,
      });
      if (input.internal) return remark;

      const now = new Date();
      const fromRequesterSide = ticket.requesterId === actor.id || ticket.createdById === actor.id;
      if (ticket.status === "waiting" && fromRequesterSide) {
        const resolutionDueAt =
          ticket.slaPausedAt && ticket.resolutionDueAt
            ? await resumeAfterPause(tx.db, ticket.priority, ticket.resolutionDueAt, ticket.slaPausedAt, now)
            : ticket.resolutionDueAt;
        await updateTicket(tx, ticket, actor.id, "answered", { status: "in_progress", slaPausedAt: null, resolutionDueAt });
      } else if (ticket.status === "new" && ticket.assigneeId === actor.id) {
        await updateTicket(tx, ticket, actor.id, "started", { status: "in_progress", firstResponseAt: ticket.firstResponseAt ?? now });
      } else if (can(actor.roles, "tickets.work") && !ticket.firstResponseAt && !fromRequesterSide) {
        await tx.db.update(schema.tickets).set({ firstResponseAt: now }).where(eq(schema.tickets.id, ticket.id));
      }
      return remark;
    },
    options.tx,
  );
}
