import { count, sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { type TicketFilter, ticketFilterWhere } from "./list-tickets";
import { type QueueKey, queueKeys, queueWhere } from "./queries/queues";
import { visibleTicketsWhere } from "./visibility";

const { tickets } = schema;

/** The count on every queue tab for this user, in one pass over the tickets they may see. */
export async function countQueues(user: CurrentUser, now = new Date()): Promise<Record<QueueKey, number>> {
  const columns = Object.fromEntries(
    queueKeys.map((key) => {
      const where = queueWhere(key, user.id, now);
      return [key, where ? sql<number>`count(*) filter (where ${where})`.mapWith(Number) : count()];
    }),
  ) as Record<QueueKey, ReturnType<typeof count>>;
  const [row] = await getDb().select(columns).from(tickets).where(visibleTicketsWhere(user));
  return row as Record<QueueKey, number>;
}

/** How many tickets a filtered list holds in all, for "1–50 of 212". */
export async function countTickets(user: CurrentUser, filter: TicketFilter): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(tickets).where(ticketFilterWhere(user, filter));
  return row?.n ?? 0;
}
