import { ticketSuggestTo } from "./suggest-to";
import type { TicketDocument, TicketSource } from "./types";

/**
 * The version of a ticket's document: when it last changed. Every change of a ticket (remarks and watchers
 * included) records an audit event, so the newest event or the row's own update, whichever is later, moves
 * forward with every change; a document written from an older read can never replace a newer one.
 */
export function ticketVersion(source: Pick<TicketSource, "updatedAt" | "lastEventAt">): number {
  return Math.max(source.updatedAt.getTime(), source.lastEventAt?.getTime() ?? 0);
}

/** A ticket row and what belongs to it → the document in the `tickets` index. Pure. */
export function buildTicketDocument(source: TicketSource): TicketDocument {
  const texts = (internal: boolean) =>
    source.remarks.filter((r) => r.internal === internal && r.body.trim() !== "").map((r) => r.body.trim());
  return {
    kind: "ticket",
    // The bare number: how it is shown ("HD-1042") belongs to lib/tickets; a query for "HD-1042" or "1042" asks for 1042.
    number: String(source.number),
    subject: source.subject.trim(),
    description: source.description.trim(),
    solution: source.solution?.trim() || null,
    // Kept apart: a query that must not read internal notes leaves `internalNotes` out of its fields.
    remarks: texts(false),
    internalNotes: texts(true),
    categoryId: source.categoryId,
    categoryPath: source.categoryPath,
    type: source.type,
    status: source.status,
    priority: source.priority,
    shareable: source.shareable,
    suggestTo: ticketSuggestTo(source),
    requesterId: source.requesterId,
    createdById: source.createdById,
    departmentId: source.departmentId,
    watcherIds: [...new Set(source.watcherIds)].sort(),
    assigneeId: source.assigneeId,
    createdAt: source.createdAt.toISOString(),
    updatedAt: source.updatedAt.toISOString(),
    resolvedAt: source.resolvedAt?.toISOString() ?? null,
    closedAt: source.closedAt?.toISOString() ?? null,
    sourceVersion: ticketVersion(source),
  };
}
