import { count, eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";

const { tickets } = schema;

/** How many tickets are in each status, for the desk's overview. */
export async function countTicketsByStatus(): Promise<Record<string, number>> {
  const rows = await getDb().select({ status: tickets.status, n: count() }).from(tickets).groupBy(tickets.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export async function countOpenAssignedTo(userId: string): Promise<number> {
  const rows = await getDb()
    .select({ status: tickets.status, n: count() })
    .from(tickets)
    .where(eq(tickets.assigneeId, userId))
    .groupBy(tickets.status);
  return rows.filter((r) => ["new", "in_progress", "waiting"].includes(r.status)).reduce((s, r) => s + r.n, 0);
}
