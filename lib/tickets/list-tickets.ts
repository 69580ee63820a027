import { alias } from "drizzle-orm/pg-core";
import { and, desc, eq, inArray, isNull, lt, type SQL } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { involvingWhere, visibleTicketsWhere } from "./visibility";

const { tickets, users, categories } = schema;
const assignees = alias(users, "assignees");

export type TicketStatus = (typeof schema.ticketStatusEnum.enumValues)[number];
export const openStatuses: TicketStatus[] = ["new", "in_progress", "waiting"];

export type TicketFilter = {
  statuses?: TicketStatus[];
  assigneeId?: string | null; // null: unassigned only
  requesterId?: string;
  involving?: string; // only tickets this person filed, is requester of, or watches
  limit?: number;
  before?: Date; // cursor: tickets created before this instant
};

export type TicketRow = Awaited<ReturnType<typeof listTickets>>[number];

/** Tickets the user may see, newest first, with the names a list shows. */
export async function listTickets(user: CurrentUser, filter: TicketFilter = {}) {
  const conditions: (SQL | undefined)[] = [visibleTicketsWhere(user)];
  if (filter.statuses?.length) conditions.push(inArray(tickets.status, filter.statuses));
  if (filter.assigneeId === null) conditions.push(isNull(tickets.assigneeId));
  else if (filter.assigneeId) conditions.push(eq(tickets.assigneeId, filter.assigneeId));
  if (filter.involving) conditions.push(involvingWhere(filter.involving));
  if (filter.requesterId) conditions.push(eq(tickets.requesterId, filter.requesterId));
  if (filter.before) conditions.push(lt(tickets.createdAt, filter.before));
  return getDb()
    .select({
      id: tickets.id,
      number: tickets.number,
      type: tickets.type,
      status: tickets.status,
      priority: tickets.priority,
      subject: tickets.subject,
      createdAt: tickets.createdAt,
      breached: tickets.breached,
      resolutionDueAt: tickets.resolutionDueAt,
      categoryRu: categories.nameRu,
      categoryEn: categories.nameEn,
      requesterName: users.name,
      assigneeName: assignees.name,
    })
    .from(tickets)
    .innerJoin(users, eq(users.id, tickets.requesterId))
    .leftJoin(assignees, eq(assignees.id, tickets.assigneeId))
    .leftJoin(categories, eq(categories.id, tickets.categoryId))
    .where(and(...conditions))
    .orderBy(desc(tickets.createdAt))
    .limit(Math.min(filter.limit ?? 25, 100));
}

export function ticketNumber(n: number): string {
  return `HD-${n}`;
}
