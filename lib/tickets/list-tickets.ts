import { and, asc, desc, eq, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { type QueueKey, queueWhere } from "./queries/queues";
import type { TicketStatus } from "./ticket-status";
import { involvingWhere, visibleTicketsWhere } from "./visibility";

const { tickets, users, categories } = schema;
const assignees = alias(users, "assignees");

export type TicketPriority = (typeof schema.priorityEnum.enumValues)[number];
export type TicketType = (typeof schema.ticketTypeEnum.enumValues)[number];

export const ticketSorts = ["newest", "oldest", "priority", "due"] as const;
export type TicketSort = (typeof ticketSorts)[number];

export type TicketFilter = {
  statuses?: TicketStatus[];
  assigneeId?: string | null; // null: unassigned only
  requesterId?: string;
  involving?: string; // only tickets this person filed, is requester of, or watches
  queue?: QueueKey; // one of the desk's queues, as seen by `user`
  priority?: TicketPriority;
  type?: TicketType;
  categoryId?: string; // the category and everything under it
  sort?: TicketSort;
  limit?: number;
  offset?: number;
  before?: Date; // cursor: tickets created before this instant
  now?: Date; // the clock the SLA-based queues read; injectable for tests
};

export type TicketRow = Awaited<ReturnType<typeof listTickets>>[number];

/** A category and all its descendants: filtering by "Hardware" also finds tickets filed under "Printers". */
export function inCategoryTree(categoryId: string): SQL {
  return sql`${tickets.categoryId} in (
    with recursive sub(id) as (
      select ${categories.id} from ${categories} where ${categories.id} = ${categoryId}
      union all
      select c.id from ${categories} c join sub on c.parent_id = sub.id
    ) select id from sub)`;
}

// Most urgent first; within a priority the nearest resolution target first.
const priorityRank = sql`case ${tickets.priority} when 'critical' then 0 when 'high' then 1 when 'normal' then 2 else 3 end`;

function orderFor(sort: TicketSort): SQL[] {
  switch (sort) {
    case "oldest":
      return [asc(tickets.createdAt), asc(tickets.id)];
    case "priority":
      return [asc(priorityRank), sql`${tickets.resolutionDueAt} asc nulls last`, desc(tickets.createdAt)];
    case "due":
      return [sql`${tickets.resolutionDueAt} asc nulls last`, asc(priorityRank), desc(tickets.createdAt)];
    case "newest":
      return [desc(tickets.createdAt), desc(tickets.id)];
  }
}

/** The conditions of a filter, always within what the user may see. */
export function ticketFilterWhere(user: CurrentUser, filter: TicketFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [visibleTicketsWhere(user)];
  if (filter.queue) conditions.push(queueWhere(filter.queue, user.id, filter.now ?? new Date()));
  if (filter.statuses?.length) conditions.push(inArray(tickets.status, filter.statuses));
  if (filter.assigneeId === null) conditions.push(isNull(tickets.assigneeId));
  else if (filter.assigneeId) conditions.push(eq(tickets.assigneeId, filter.assigneeId));
  if (filter.involving) conditions.push(involvingWhere(filter.involving));
  if (filter.requesterId) conditions.push(eq(tickets.requesterId, filter.requesterId));
  if (filter.priority) conditions.push(eq(tickets.priority, filter.priority));
  if (filter.type) conditions.push(eq(tickets.type, filter.type));
  if (filter.categoryId) conditions.push(inCategoryTree(filter.categoryId));
  if (filter.before) conditions.push(lt(tickets.createdAt, filter.before));
  return and(...conditions);
}

/** Tickets the user may see, newest first unless sorted otherwise, with the names a list shows. */
export async function listTickets(user: CurrentUser, filter: TicketFilter = {}) {
  return getDb()
    .select({
      id: tickets.id,
      number: tickets.number,
      type: tickets.type,
      status: tickets.status,
      priority: tickets.priority,
      subject: tickets.subject,
      createdAt: tickets.createdAt,
      updatedAt: tickets.updatedAt,
      breached: tickets.breached,
      resolutionDueAt: tickets.resolutionDueAt,
      slaPausedAt: tickets.slaPausedAt,
      reopenCount: tickets.reopenCount,
      categoryRu: categories.nameRu,
      categoryEn: categories.nameEn,
      requesterId: tickets.requesterId,
      createdById: tickets.createdById,
      requesterName: users.name,
      assigneeId: tickets.assigneeId,
      assigneeName: assignees.name,
    })
    .from(tickets)
    .innerJoin(users, eq(users.id, tickets.requesterId))
    .leftJoin(assignees, eq(assignees.id, tickets.assigneeId))
    .leftJoin(categories, eq(categories.id, tickets.categoryId))
    .where(ticketFilterWhere(user, filter))
    .orderBy(...orderFor(filter.sort ?? "newest"))
    .limit(Math.min(filter.limit ?? 25, 100))
    .offset(Math.max(filter.offset ?? 0, 0));
}

export function ticketNumber(n: number): string {
  return `HD-${n}`;
}
