import type { TicketEventName } from "@/lib/tickets/ticket-events";
import type { TicketStatus } from "@/lib/tickets/ticket-status";

/** What one ticket event says, in words a mail or the bell can use; names already looked up. */
export type EventFacts = {
  eventId: number;
  action: TicketEventName;
  /** Internal notes and time: their text is for IT staff only. */
  internal: boolean;
  /** Null when the desk itself acted (auto-close, SLA). */
  actorName: string | null;
  /** The status the event left the ticket in (else the ticket's current one). */
  status: TicketStatus;
  body?: string;
  reason?: string;
  solution?: string;
  complaint?: string;
  rating?: number;
  comment?: string;
  note?: string;
  minutes?: number;
  days?: number;
  level?: number;
  dueAt?: Date;
  target?: "response" | "resolution";
  priorityFrom?: string;
  priorityTo?: string;
  assigneeName?: string;
  previousAssigneeName?: string;
  /** The watcher added or removed, or the requester a ticket was filed for. */
  personName?: string;
};

export type FactsInput = {
  event: {
    id: number;
    action: TicketEventName;
    actorId: string | null;
    changes?: Record<string, { from?: unknown; to?: unknown }> | null;
    data?: Record<string, unknown> | null;
  };
  ticket: { status: TicketStatus; assigneeId: string | null; solution: string | null };
  nameOf: (userId: string) => string | undefined;
};

const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : undefined);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const date = (v: unknown) => (typeof v === "string" || v instanceof Date ? new Date(v) : undefined);

/**
 * Reads an audit event into facts. The event is preferred over the ticket row: the job may run after
 * later changes, and a mail about a solution must quote that solution, not a newer one.
 */
export function buildEventFacts({ event, ticket, nameOf }: FactsInput): EventFacts {
  const data = event.data ?? {};
  const changes = event.changes ?? {};
  const name = (id: unknown) => (typeof id === "string" ? nameOf(id) : undefined);
  const status = (text(changes.status?.to) as TicketStatus | undefined) ?? ticket.status;
  return {
    eventId: event.id,
    action: event.action,
    internal: data.internal === true,
    actorName: event.actorId ? (nameOf(event.actorId) ?? null) : null,
    status,
    body: text(data.body),
    reason: text(data.reason),
    solution: event.action === "resolved" ? (text(changes.solution?.to) ?? text(ticket.solution)) : undefined,
    complaint: text(data.complaint),
    rating: num(changes.rating?.to),
    comment: text(changes.ratingComment?.to),
    note: text(data.note),
    minutes: num(data.minutes),
    days: num(data.days),
    level: num(changes.escalationLevel?.to),
    dueAt: date(data.dueAt),
    target: data.target === "response" || data.target === "resolution" ? data.target : undefined,
    priorityFrom: text(changes.priority?.from),
    priorityTo: text(changes.priority?.to),
    assigneeName: name(changes.assigneeId?.to ?? ticket.assigneeId),
    previousAssigneeName: name(data.previousAssigneeId ?? changes.assigneeId?.from),
    personName: name(data.userId ?? data.onBehalfOf),
  };
}
