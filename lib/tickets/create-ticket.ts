import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { schema, type Tx, withTransaction } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/queue";
import { pickAssignee } from "@/lib/routing/assign";
import { initialPriority } from "@/lib/routing/priority";
import { dueDatesFor } from "@/lib/routing/sla";
import { markSessionFiled } from "@/lib/search/self-service-session";
import { createTicketInput } from "./schemas";
import { recordTicketEvent } from "./ticket-command";

/** May `actor` file a ticket for `requesterId`? Their department head, a dispatcher or an admin may. */
async function mayFileFor(actor: CurrentUser, requester: { departmentId: string | null }, managerOf: string | null): Promise<boolean> {
  if (can(actor.roles, "tickets.dispatch")) return true;
  return can(actor.roles, "tickets.department") && requester.departmentId !== null && managerOf === actor.id;
}

export type CreateTicketOptions = {
  /** An enclosing transaction to join (a mail import commits its own row with the ticket). */
  tx?: Tx;
  /** Facts for the "created" event beside the usual ones, e.g. that the ticket came by mail. */
  eventData?: Record<string, unknown>;
};

/**
 * Files a ticket: priority from the matrix, SLA targets, automatic assignment by the rules, the audit event
 * and the notifications — all in one transaction.
 */
export async function createTicket(actor: CurrentUser, raw: z.input<typeof createTicketInput>, options: CreateTicketOptions = {}) {
  const input = createTicketInput.parse(raw);
  return withTransaction(async (tx) => {
    const requesterId = input.requesterId ?? actor.id;
    const [requester] = await tx.db
      .select({
        id: schema.users.id,
        vip: schema.users.vip,
        departmentId: schema.users.departmentId,
        managerId: schema.departments.managerId,
      })
      .from(schema.users)
      .leftJoin(schema.departments, eq(schema.departments.id, schema.users.departmentId))
      .where(and(eq(schema.users.id, requesterId), eq(schema.users.active, true)));
    if (!requester) throw new AppError("invalid_input", "Some fields are not valid", { requesterId: "No such person" });
    if (requesterId !== actor.id && !(await mayFileFor(actor, requester, requester.managerId))) {
      throw new AppError("forbidden", "Only their department head, a dispatcher or an admin can file a ticket for someone else");
    }
    let categoryDefault = null;
    if (input.categoryId) {
      const [category] = await tx.db.select().from(schema.categories).where(eq(schema.categories.id, input.categoryId));
      if (!category) throw new AppError("invalid_input", "Some fields are not valid", { categoryId: "No such category" });
      categoryDefault = category.defaultPriority;
    }
    const priority = initialPriority({ type: input.type, urgency: input.urgency, vip: requester.vip, categoryDefault });
    const now = new Date();
    const due = await dueDatesFor(tx.db, priority, now);
    const routed = await pickAssignee(tx.db, {
      categoryId: input.categoryId ?? null,
      type: input.type,
      departmentId: requester.departmentId,
      priority,
    });
    const [ticket] = await tx.db
      .insert(schema.tickets)
      .values({
        type: input.type,
        subject: input.subject,
        description: input.description,
        categoryId: input.categoryId ?? null,
        urgency: input.urgency,
        priority,
        requesterId,
        createdById: actor.id,
        assigneeId: routed.assigneeId,
        lineId: routed.lineId,
        ...due,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordTicketEvent(tx, ticket.id, actor.id, {
      action: "created",
      data: {
        priority,
        ...(routed.assigneeId ? { assigneeId: routed.assigneeId, ruleId: routed.ruleId } : {}),
        ...(input.suggestionsShown?.length ? { suggestionsShown: input.suggestionsShown } : {}),
        ...(requesterId !== actor.id ? { onBehalfOf: requesterId } : {}),
        ...options.eventData,
      },
    });
    // Is it another incident of a known problem? Matched by the worker, offered on the ticket page and in the queue.
    await enqueue(tx, "problems.suggest", { ticketId: ticket.id });
    if (input.sessionId) await markSessionFiled(tx.db, actor.id, input.sessionId, ticket.id);
    return ticket;
  }, options.tx);
}
