import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { z } from "zod";
import { getDb, schema } from "@/db/client";
import { decodeNewestFirstCursor, encodeNewestFirstCursor } from "@/lib/api/newest-first-cursor";
import type { CurrentUser } from "@/lib/auth/current-user";
import { ticketNumber } from "./list-tickets";
import type { listTicketsQuery } from "./schemas";
import { visibleTicketsWhere } from "./visibility";

const { tickets, users, categories } = schema;
const assignees = alias(users, "assignees");

/** A page of the tickets the user may see, newest first, for the REST API (keyset paging). */
export async function listTicketsPage(user: CurrentUser, query: z.infer<typeof listTicketsQuery>) {
  const conditions: (SQL | undefined)[] = [visibleTicketsWhere(user)];
  if (query.status) conditions.push(eq(tickets.status, query.status));
  if (query.type) conditions.push(eq(tickets.type, query.type));
  if (query.categoryId) conditions.push(eq(tickets.categoryId, query.categoryId));
  if (query.assigneeId) conditions.push(eq(tickets.assigneeId, query.assigneeId));
  if (query.requesterId) conditions.push(eq(tickets.requesterId, query.requesterId));
  if (query.priority) conditions.push(eq(tickets.priority, query.priority));
  if (query.cursor) {
    const after = decodeNewestFirstCursor(query.cursor);
    conditions.push(sql`(${tickets.createdAt}, ${tickets.id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  }
  const rows = await getDb()
    .select({
      ticket: tickets,
      category: { id: categories.id, nameRu: categories.nameRu, nameEn: categories.nameEn },
      requester: { id: users.id, name: users.name, email: users.email },
      assignee: { id: assignees.id, name: assignees.name, email: assignees.email },
    })
    .from(tickets)
    .innerJoin(users, eq(users.id, tickets.requesterId))
    .leftJoin(assignees, eq(assignees.id, tickets.assigneeId))
    .leftJoin(categories, eq(categories.id, tickets.categoryId))
    .where(and(...conditions))
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1]?.ticket;
  return {
    items: page.map(({ ticket: t, category, requester, assignee }) => ({
      id: t.id,
      number: ticketNumber(t.number),
      type: t.type,
      status: t.status,
      priority: t.priority,
      subject: t.subject,
      category: category?.id ? category : null,
      requester,
      assignee: assignee?.id ? assignee : null,
      reopenCount: t.reopenCount,
      escalationLevel: t.escalationLevel,
      sla: { responseDueAt: t.responseDueAt, resolutionDueAt: t.resolutionDueAt, breached: t.breached },
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
      resolvedAt: t.resolvedAt,
      closedAt: t.closedAt,
    })),
    nextCursor: rows.length > query.limit && last ? encodeNewestFirstCursor(last) : null,
  };
}
