import { inArray } from "drizzle-orm";
import { type Db, schema } from "@/db/client";
import { type PlannedTicket, randomFrom } from "./generate-tickets";
import type { SeedIds } from "./seed";

/** Writes planned tickets with their remarks and the audit events a real life of the ticket would leave. */
export async function writeTickets(db: Db, plans: PlannedTicket[], ids: SeedIds): Promise<void> {
  const dispatcher = ids.users.get("dispatcher")!;
  const staff = await db
    .select({ id: schema.users.id, hourlyCost: schema.users.hourlyCost })
    .from(schema.users)
    .where(inArray(schema.users.id, [...ids.users.values()]));
  const hourlyCost = new Map(staff.map((u) => [u.id, u.hourlyCost ?? 1500]));
  // Its own sequence, so adding time entries left the tickets of the demo as they were.
  const effort = randomFrom(20261203);
  for (const plan of plans) {
    const requesterId = ids.users.get(plan.requester.email)!;
    const assigneeId = plan.assignee ? ids.users.get(plan.assignee)! : null;
    const solved = plan.status === "resolved" || plan.status === "closed";
    const [ticket] = await db
      .insert(schema.tickets)
      .values({
        type: plan.template.type,
        status: plan.status,
        priority: plan.priority,
        urgency: plan.template.urgency,
        subject: plan.template.subject,
        description: plan.template.description,
        categoryId: ids.categories.get(plan.template.categoryKey),
        requesterId,
        createdById: requesterId,
        assigneeId,
        solution: solved ? plan.template.solution : null,
        shareable: plan.template.shareable ?? true,
        rating: plan.rating,
        ratingComment: ratingComment(plan, effort),
        reopenCount: plan.reopenCount,
        responseDueAt: plan.responseDueAt,
        resolutionDueAt: plan.resolutionDueAt,
        breached: plan.breached,
        // A ticket waiting for its requester has its SLA clock paused since the question.
        slaPausedAt: plan.status === "waiting" ? (plan.remarks.at(-1)?.at ?? plan.createdAt) : null,
        firstResponseAt: plan.respondedAt,
        createdAt: plan.createdAt,
        updatedAt: plan.closedAt ?? plan.resolvedAt ?? plan.createdAt,
        resolvedAt: plan.resolvedAt,
        closedAt: plan.closedAt,
        closedBy: plan.closedBy,
      })
      .returning({ id: schema.tickets.id });

    if (plan.remarks.length) {
      await db.insert(schema.ticketRemarks).values(
        plan.remarks.map((r) => ({
          ticketId: ticket.id,
          authorId: r.by === "requester" || !assigneeId ? requesterId : assigneeId,
          body: r.body,
          internal: r.internal,
          createdAt: r.at,
        })),
      );
    }

    const entity = { entityType: "ticket", entityId: ticket.id };
    const events: (typeof schema.auditEvents.$inferInsert)[] = [
      { ...entity, at: plan.createdAt, actorId: requesterId, action: "created", data: { subject: plan.template.subject } },
    ];
    if (assigneeId && plan.respondedAt) {
      events.push({
        ...entity,
        at: plan.respondedAt,
        actorId: dispatcher,
        action: "assigned",
        changes: { assigneeId: { from: null, to: assigneeId } },
      });
    }
    if (plan.resolvedAt) {
      events.push({
        ...entity,
        at: plan.resolvedAt,
        actorId: assigneeId,
        action: "resolved",
        changes: { status: { from: "in_progress", to: "resolved" } },
      });
    }
    if (plan.closedAt) {
      events.push({
        ...entity,
        at: plan.closedAt,
        actorId: plan.closedBy === "requester" ? requesterId : null,
        action: plan.closedBy === "auto" ? "auto_closed" : "closed",
        changes: { status: { from: "resolved", to: "closed" } },
        data: plan.rating ? { rating: plan.rating } : undefined,
      });
    }
    if (plan.reopenCount > 0 && plan.resolvedAt) {
      const complaint = plan.remarks.find((r) => r.by === "requester" && r.body === plan.template.rejectComplaint);
      events.push({
        ...entity,
        at: complaint?.at ?? plan.resolvedAt,
        actorId: requesterId,
        action: "rejected",
        data: { complaint: plan.template.rejectComplaint },
      });
    }
    await db.insert(schema.auditEvents).values(events);
    if (assigneeId && plan.respondedAt)
      await db.insert(schema.timeEntries).values(timeEntriesFor(plan, ticket.id, assigneeId, hourlyCost.get(assigneeId) ?? 1500, effort));
  }
}

const comments = {
  ru: {
    low: ["Решили, но ждать пришлось два дня", "Помогло не с первого раза", "Можно было объяснить, что делать, проще"],
    high: ["Спасибо, быстро!", "Всё работает, спасибо", "Спасибо за подробную инструкцию"],
  },
  en: {
    low: ["Fixed, but it took two days", "Took a few tries to get it right", "The steps could have been clearer"],
    high: ["Thanks, that was quick!", "Works now, thank you", "Thanks for the clear instructions"],
  },
};

/** What a requester wrote with their rating: most leave nothing, low ratings more often say why. */
function ratingComment(plan: PlannedTicket, random: ReturnType<typeof randomFrom>): string | null {
  if (!plan.rating) return null;
  const low = plan.rating <= 3;
  if (random.next() > (low ? 0.7 : 0.25)) return null;
  return random.pick(comments[plan.template.lang === "en" ? "en" : "ru"][low ? "low" : "high"]);
}

/** The time the assignee logged: one to three entries between the first answer and the solution. */
function timeEntriesFor(plan: PlannedTicket, ticketId: string, userId: string, cost: number, random: ReturnType<typeof randomFrom>) {
  const from = plan.respondedAt!.getTime();
  const to = (plan.resolvedAt ?? plan.respondedAt!).getTime();
  const heavy = plan.priority === "critical" || plan.priority === "high" ? 2 : 1;
  const count = 1 + Math.floor(random.next() * 3);
  return Array.from({ length: count }, () => ({
    ticketId,
    userId,
    minutes: 5 * Math.ceil((10 + random.next() * 50 * heavy) / 5),
    workDate: new Date(from + random.next() * (to - from)).toISOString().slice(0, 10),
    hourlyCost: cost,
    createdAt: new Date(to),
  }));
}
