import { and, asc, eq, inArray, max } from "drizzle-orm";
import { type Db, schema } from "@/db/client";
import { categoryPath } from "../documents/category-path";
import type { TicketSource } from "../documents/types";
import { loadCategoryParents } from "./load-category-parents";

const { tickets, ticketRemarks, ticketWatchers, users, auditEvents } = schema;

function group<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * Reads tickets with everything their documents need, a batch at a time (five queries per batch, not per
 * ticket). Ids with no row are simply absent from the answer.
 */
export async function loadTicketSources(db: Db, ids: string[], parents?: Map<string, string | null>): Promise<Map<string, TicketSource>> {
  if (ids.length === 0) return new Map();
  const categoryParents = parents ?? (await loadCategoryParents(db));
  const [rows, remarks, watchers, events] = await Promise.all([
    db
      .select({ ticket: tickets, departmentId: users.departmentId })
      .from(tickets)
      .innerJoin(users, eq(users.id, tickets.requesterId))
      .where(inArray(tickets.id, ids)),
    db
      .select({ ticketId: ticketRemarks.ticketId, body: ticketRemarks.body, internal: ticketRemarks.internal })
      .from(ticketRemarks)
      .where(inArray(ticketRemarks.ticketId, ids))
      .orderBy(asc(ticketRemarks.createdAt), asc(ticketRemarks.id)),
    db
      .select({ ticketId: ticketWatchers.ticketId, userId: ticketWatchers.userId })
      .from(ticketWatchers)
      .where(inArray(ticketWatchers.ticketId, ids)),
    db
      .select({ ticketId: auditEvents.entityId, at: max(auditEvents.at) })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "ticket"), inArray(auditEvents.entityId, ids)))
      .groupBy(auditEvents.entityId),
  ]);
  const remarksOf = group(remarks, (r) => r.ticketId);
  const watchersOf = group(watchers, (w) => w.ticketId);
  const lastEventOf = new Map(events.map((e) => [e.ticketId, e.at]));
  const sources = new Map<string, TicketSource>();
  for (const { ticket: t, departmentId } of rows) {
    sources.set(t.id, {
      id: t.id,
      number: t.number,
      type: t.type,
      status: t.status,
      priority: t.priority,
      subject: t.subject,
      description: t.description,
      solution: t.solution,
      shareable: t.shareable,
      categoryId: t.categoryId,
      requesterId: t.requesterId,
      createdById: t.createdById,
      assigneeId: t.assigneeId,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
      resolvedAt: t.resolvedAt,
      closedAt: t.closedAt,
      remarks: (remarksOf.get(t.id) ?? []).map((r) => ({ body: r.body, internal: r.internal })),
      watcherIds: (watchersOf.get(t.id) ?? []).map((w) => w.userId),
      departmentId,
      categoryPath: categoryPath(t.categoryId, categoryParents),
      lastEventAt: lastEventOf.get(t.id) ?? null,
    });
  }
  return sources;
}
