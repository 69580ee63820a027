import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { TicketEventName } from "@/lib/tickets/ticket-events";

export type Person = { id: string; active: boolean; roles: readonly Role[] };

/** Why someone is told: the mail's footer says it, so nobody wonders why the desk writes to them. */
export type RecipientReason = "requester" | "filer" | "assignee" | "previousAssignee" | "watcher" | "dispatcher";

export type Recipient = { userId: string; reason: RecipientReason };

export type RecipientFacts = {
  event: {
    action: TicketEventName;
    actorId: string | null;
    changes?: Record<string, { from?: unknown; to?: unknown }> | null;
    data?: Record<string, unknown> | null;
  };
  ticket: { requesterId: string; createdById: string; assigneeId: string | null };
  watcherIds: readonly string[];
  dispatcherIds: readonly string[];
  /** Everyone named above, with their roles; someone missing here is treated as gone. */
  people: ReadonlyMap<string, Person>;
};

// SLA warnings and breaches are the desk's own business: the assignee must act, the dispatcher must know.
// The requester learns of the outcome (an escalation, a solution), not of the internal clock.
const slaActions = new Set<TicketEventName>(["sla_warning", "sla_breached"]);

const asId = (value: unknown): string | null => (typeof value === "string" && value.length > 0 ? value : null);

/**
 * Who is told of one ticket event: the requester, the one who filed it, the assignee and the watchers —
 * never the actor, except the sender of a ticket filed by mail. Internal events (internal notes, time) reach
 * IT staff only; a new unassigned ticket and the SLA alarms reach every dispatcher; a hand-over also tells
 * the one who handed it over. Inactive people are skipped. Each person appears once, under the first reason
 * that applies.
 */
export function pickRecipients({ event, ticket, watcherIds, dispatcherIds, people }: RecipientFacts): Recipient[] {
  const candidates: [string | null, RecipientReason][] = [];
  const add = (id: unknown, reason: RecipientReason) => candidates.push([asId(id), reason]);
  const assigneeChange = event.changes?.assigneeId;

  if (slaActions.has(event.action)) {
    add(ticket.assigneeId, "assignee");
    dispatcherIds.forEach((id) => add(id, "dispatcher"));
  } else {
    add(ticket.requesterId, "requester");
    add(ticket.createdById, "filer");
    // The new assignee as the event itself names them, whatever ticket state the caller passed.
    if (event.action === "assigned" || event.action === "escalated") add(assigneeChange?.to, "assignee");
    add(ticket.assigneeId, "assignee");
    if (event.action === "escalated") add(event.data?.previousAssigneeId ?? assigneeChange?.from, "previousAssignee");
    // Whoever a ticket is taken from hears of it, as on an escalation.
    if (event.action === "assigned") add(assigneeChange?.from, "previousAssignee");
    // The person added or removed as a watcher is told either way, even though a removed one no longer watches.
    if (event.action === "watcher_added" || event.action === "watcher_removed") add(event.data?.userId, "watcher");
    watcherIds.forEach((id) => add(id, "watcher"));
    if (event.action === "created" && !asId(event.data?.assigneeId)) dispatcherIds.forEach((id) => add(id, "dispatcher"));
  }

  const internal = event.data?.internal === true;
  // A ticket filed by mail is confirmed to its sender as well: that mail carries the ticket's number and the
  // thread root their next reply answers, which is how the reply finds the ticket (lib/mailin).
  const toldActorToo = event.action === "created" && event.data?.via === "email";
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const [id, reason] of candidates) {
    if (!id || seen.has(id) || (id === event.actorId && !toldActorToo)) continue;
    const person = people.get(id);
    if (!person?.active) continue;
    // Permissions twice: the mail template also leaves internal text out for non-staff.
    if (internal && !can(person.roles, "tickets.internal.read")) continue;
    seen.add(id);
    recipients.push({ userId: id, reason });
  }
  return recipients;
}
