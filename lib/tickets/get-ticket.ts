import { and, asc, eq, inArray, sql, sum } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { suggestedProblem } from "@/lib/problems/suggest/suggested-problem";
import { ticketProblem } from "@/lib/problems/ticket-problem";
import { ticketNumber } from "./list-tickets";
import { loadTicket, resolveTicketId } from "./load-ticket";
import { asTicketEventName, type TicketEventName } from "./ticket-events";
import { allowedActions, checkTransition, type TicketAction } from "./transitions";

const { users, categories } = schema;

export type Person = { id: string; name: string; email: string };
export type TimelineItem =
  | {
      kind: "event";
      id: string;
      at: Date;
      actor: Person | null;
      action: TicketEventName;
      changes: Record<string, { from?: unknown; to?: unknown }> | null;
      data: Record<string, unknown> | null;
    }
  | { kind: "remark"; id: string; at: Date; actor: Person | null; body: string; internal: boolean };

// Within one moment (one transaction), events come first, in the order they were written; the sort is stable.
const kindOrder = { event: 0, remark: 1 } as const;

async function people(ids: string[]): Promise<Map<string, Person>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const rows = await getDb().select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * A ticket as `viewer` may see it, with its timeline: every audit event and remark in order. Internal notes
 * and internal events appear for IT staff only; a ticket the viewer may not see is "not found".
 */
export async function getTicket(viewer: CurrentUser, idOrNumber: string) {
  const db = getDb();
  const id = await resolveTicketId(db, idOrNumber);
  const ticket = id ? await loadTicket(db, id) : null;
  if (!ticket || !checkTransition(ticket, viewer, "view").ok) throw new AppError("not_found", "Ticket not found");
  const staff = can(viewer.roles, "tickets.internal.read");

  const [category] = ticket.categoryId
    ? await db
        .select({ id: categories.id, nameRu: categories.nameRu, nameEn: categories.nameEn })
        .from(categories)
        .where(eq(categories.id, ticket.categoryId))
    : [null];
  const remarks = await db
    .select()
    .from(schema.ticketRemarks)
    .where(and(eq(schema.ticketRemarks.ticketId, ticket.id), staff ? undefined : eq(schema.ticketRemarks.internal, false)))
    .orderBy(asc(schema.ticketRemarks.createdAt));
  const events = (
    await db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.entityType, "ticket"), eq(schema.auditEvents.entityId, ticket.id)))
      .orderBy(asc(schema.auditEvents.at), asc(schema.auditEvents.id))
  ).filter((e) => staff || !e.data?.internal);
  const [time] = await db
    .select({
      minutes: sum(schema.timeEntries.minutes).mapWith(Number),
      // Each entry at the hourly cost it was logged with.
      cost: sql<number>`coalesce(sum(${schema.timeEntries.minutes} * ${schema.timeEntries.hourlyCost}) / 60.0, 0)`.mapWith(Number),
    })
    .from(schema.timeEntries)
    .where(eq(schema.timeEntries.ticketId, ticket.id));
  // IT staff see every linked article; anyone else only the ones they may read (published, public), so a
  // requester never learns the title of a draft captured from their ticket or of an internal article.
  const readable = staff ? undefined : and(eq(schema.articles.status, "published"), eq(schema.articles.visibility, "public"));
  const linked = await db
    .select({ id: schema.articles.id, title: schema.articles.title, relation: schema.ticketArticles.relation })
    .from(schema.ticketArticles)
    .innerJoin(schema.articles, eq(schema.articles.id, schema.ticketArticles.articleId))
    .where(and(eq(schema.ticketArticles.ticketId, ticket.id), readable));

  const who = await people([
    ticket.requesterId,
    ticket.createdById,
    ticket.assigneeId ?? "",
    ...ticket.watcherIds,
    ...remarks.map((r) => r.authorId),
    ...events.map((e) => e.actorId ?? ""),
  ]);
  const timeline: TimelineItem[] = [
    ...events.map((e) => ({
      kind: "event" as const,
      id: `e${e.id}`,
      at: e.at,
      actor: e.actorId ? (who.get(e.actorId) ?? null) : null,
      action: asTicketEventName(e.action),
      changes: e.changes ?? null,
      // The remark text lives in the remark itself; internal-note text never leaves for non-staff anyway.
      data: e.data ? Object.fromEntries(Object.entries(e.data).filter(([k]) => k !== "body")) : null,
    })),
    ...remarks.map((r) => ({
      kind: "remark" as const,
      id: r.id,
      at: r.createdAt,
      actor: who.get(r.authorId) ?? null,
      body: r.body,
      internal: r.internal,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || kindOrder[a.kind] - kindOrder[b.kind]);

  const actions: TicketAction[] = allowedActions(ticket, viewer);
  const problem = await ticketProblem(db, ticket.id, { staff });
  return {
    id: ticket.id,
    number: ticketNumber(ticket.number),
    type: ticket.type,
    status: ticket.status,
    priority: ticket.priority,
    urgency: ticket.urgency,
    subject: ticket.subject,
    description: ticket.description,
    category,
    requester: who.get(ticket.requesterId) ?? null,
    createdBy: who.get(ticket.createdById) ?? null,
    assignee: ticket.assigneeId ? (who.get(ticket.assigneeId) ?? null) : null,
    lineId: ticket.lineId,
    watchers: ticket.watcherIds.map((w) => who.get(w)).filter(Boolean) as Person[],
    solution: ticket.solution,
    shareable: ticket.shareable,
    rating: ticket.rating,
    ratingComment: ticket.ratingComment,
    reopenCount: ticket.reopenCount,
    escalationLevel: ticket.escalationLevel,
    sla: {
      responseDueAt: ticket.responseDueAt,
      resolutionDueAt: ticket.resolutionDueAt,
      breached: ticket.breached,
      paused: ticket.slaPausedAt !== null,
      firstResponseAt: ticket.firstResponseAt,
    },
    timeSpentMinutes: staff ? (time?.minutes ?? 0) : undefined,
    timeCost: staff ? Math.round(time?.cost ?? 0) : undefined,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    resolvedAt: ticket.resolvedAt,
    closedAt: ticket.closedAt,
    closedBy: ticket.closedBy,
    articles: linked,
    // The problem it is linked to (API.md): IT staff always, anyone else only when its workaround is public.
    problem,
    // The problem it seems to repeat, offered to IT staff for linking while it is in none (an added field).
    suggestedProblem: problem ? null : await suggestedProblem(db, viewer, ticket.id),
    actions,
    timeline,
  };
}

export type TicketDetail = Awaited<ReturnType<typeof getTicket>>;
