import { eq, sql } from "drizzle-orm";
import { type Db, schema, type TxDb } from "@/db/client";
import { isUuid } from "@/lib/is-uuid";
import type { TicketFacts } from "./transitions";

export type TicketRecord = typeof schema.tickets.$inferSelect;
export type LockedTicket = TicketRecord & TicketFacts & { requesterDepartmentId: string | null };

/**
 * Reads a ticket with the facts the state machine needs. Inside a command it locks the row (`lock`), so two
 * people acting at once are serialised: the second sees the state the first left. Null when there is none.
 */
export async function loadTicket(db: Db | TxDb, ticketId: string, { lock = false } = {}): Promise<LockedTicket | null> {
  if (!isUuid(ticketId)) return null;
  const query = db.select().from(schema.tickets).where(eq(schema.tickets.id, ticketId));
  const [ticket] = lock ? await query.for("update") : await query;
  if (!ticket) return null;
  const watchers = await db
    .select({ id: schema.ticketWatchers.userId })
    .from(schema.ticketWatchers)
    .where(eq(schema.ticketWatchers.ticketId, ticketId));
  const [requester] = await db
    .select({ departmentId: schema.users.departmentId, managerId: schema.departments.managerId })
    .from(schema.users)
    .leftJoin(schema.departments, eq(schema.departments.id, schema.users.departmentId))
    .where(eq(schema.users.id, ticket.requesterId));
  return {
    ...ticket,
    watcherIds: watchers.map((w) => w.id),
    requesterManagerId: requester?.managerId ?? null,
    requesterDepartmentId: requester?.departmentId ?? null,
  };
}

/** Finds a ticket by its uuid or its human number (HD-1042 or 1042). */
export async function resolveTicketId(db: Db | TxDb, idOrNumber: string): Promise<string | null> {
  const number = /^(?:HD-)?(\d{1,9})$/i.exec(idOrNumber)?.[1];
  if (!number) return idOrNumber;
  const [row] = await db
    .select({ id: schema.tickets.id })
    .from(schema.tickets)
    .where(sql`${schema.tickets.number} = ${Number(number)}`);
  return row?.id ?? null;
}
