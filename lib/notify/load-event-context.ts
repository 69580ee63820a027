import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import { schema, type TxDb } from "@/db/client";
import type { Role } from "@/lib/auth/roles";
import { isUuid } from "@/lib/is-uuid";
import { asTicketEventName, type TicketEventName } from "@/lib/tickets/ticket-events";
import { rewindTicketPeople } from "./rewind-ticket-people";

export type AuditEvent = typeof schema.auditEvents.$inferSelect;
export type TicketRow = typeof schema.tickets.$inferSelect;

export type PersonRecord = {
  id: string;
  name: string;
  email: string;
  language: "ru" | "en";
  active: boolean;
  roles: Role[];
};

export type EventContext = {
  event: AuditEvent & { action: TicketEventName };
  /** The ticket, with its status and assignee as they were right after the event. */
  ticket: TicketRow;
  watcherIds: string[];
  dispatcherIds: string[];
  /** Everyone the event may concern or name, active or not (the rules decide). */
  people: Map<string, PersonRecord>;
};

/** The ids an event names besides the ticket's own people: a new or previous assignee, a watcher. */
function idsNamedBy(event: AuditEvent): string[] {
  const data = event.data ?? {};
  const assignee = event.changes?.assigneeId;
  return [data.previousAssigneeId, data.userId, data.onBehalfOf, data.assigneeId, assignee?.from, assignee?.to].filter(
    (v): v is string => typeof v === "string",
  );
}

/**
 * Reads everything needed to tell people about one ticket event: the event, the ticket and its watchers as
 * they were right after it, the dispatchers, and each person concerned with their language and roles. Null
 * when the event is not a ticket's (or the ticket is gone).
 */
export async function loadEventContext(db: TxDb, eventId: number): Promise<EventContext | null> {
  const [event] = await db
    .select()
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.id, eventId), eq(schema.auditEvents.entityType, "ticket")));
  if (!event) return null;
  const [current] = await db.select().from(schema.tickets).where(eq(schema.tickets.id, event.entityId));
  if (!current) return null;

  const watchers = await db
    .select({ id: schema.ticketWatchers.userId })
    .from(schema.ticketWatchers)
    .where(eq(schema.ticketWatchers.ticketId, current.id));
  const later = await db
    .select({ action: schema.auditEvents.action, changes: schema.auditEvents.changes, data: schema.auditEvents.data })
    .from(schema.auditEvents)
    .where(
      and(
        eq(schema.auditEvents.entityType, "ticket"),
        eq(schema.auditEvents.entityId, current.id),
        gt(schema.auditEvents.id, event.id),
        // Events of the same command (one transaction, so the same `at`) belong to "right after": a remark
        // that put the ticket to work shows it in progress.
        sql`${schema.auditEvents.at} <> (select e.at from ${schema.auditEvents} e where e.id = ${event.id})`,
      ),
    )
    .orderBy(asc(schema.auditEvents.id));
  const then = rewindTicketPeople({ status: current.status, assigneeId: current.assigneeId, watcherIds: watchers.map((w) => w.id) }, later);
  const ticket = { ...current, status: then.status, assigneeId: then.assigneeId };
  const dispatchers = await db
    .select({ id: schema.userRoles.userId })
    .from(schema.userRoles)
    .innerJoin(schema.users, eq(schema.users.id, schema.userRoles.userId))
    .where(and(eq(schema.userRoles.role, "dispatcher"), eq(schema.users.active, true)));
  const watcherIds = then.watcherIds;
  const dispatcherIds = dispatchers.map((d) => d.id);

  const ids = [
    ...new Set(
      [
        ticket.requesterId,
        ticket.createdById,
        ticket.assigneeId,
        event.actorId,
        ...watcherIds,
        ...dispatcherIds,
        ...idsNamedBy(event),
      ].filter(isUuid),
    ),
  ];
  const users = await db
    .select({
      id: schema.users.id,
      name: schema.users.name,
      email: schema.users.email,
      language: schema.users.language,
      active: schema.users.active,
    })
    .from(schema.users)
    .where(inArray(schema.users.id, ids));
  const roles = await db.select().from(schema.userRoles).where(inArray(schema.userRoles.userId, ids));

  const people = new Map<string, PersonRecord>();
  for (const user of users) {
    people.set(user.id, {
      ...user,
      // No saved preference means Russian, the desk's first language.
      language: user.language ?? "ru",
      roles: roles.filter((r) => r.userId === user.id).map((r) => r.role),
    });
  }
  return { event: { ...event, action: asTicketEventName(event.action) }, ticket, watcherIds, dispatcherIds, people };
}
