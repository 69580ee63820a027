import { and, eq, isNull, sql } from "drizzle-orm";
import { type Db, schema, type TxDb } from "@/db/client";

export type Effort = { minutes: number; cost: number };

const minutesAndCost = (table: typeof schema.timeEntries | typeof schema.problemTimeEntries) => ({
  minutes: sql<number>`coalesce(sum(${table.minutes}), 0)`.mapWith(Number),
  // Each entry at the hourly cost frozen when it was logged.
  cost: sql<number>`coalesce(sum(${table.minutes} * ${table.hourlyCost}) / 60.0, 0)`.mapWith(Number),
});

/**
 * What a problem has cost: the time logged on the problem itself plus all the time of the tickets linked to it
 * now, each entry at its own rate. The parts are given too, so the page can show where the time went.
 */
export async function problemEffort(db: Db | TxDb, problemId: string): Promise<Effort & { problem: Effort; tickets: Effort }> {
  const [own] = await db
    .select(minutesAndCost(schema.problemTimeEntries))
    .from(schema.problemTimeEntries)
    .where(eq(schema.problemTimeEntries.problemId, problemId));
  const [tickets] = await db
    .select(minutesAndCost(schema.timeEntries))
    .from(schema.timeEntries)
    .innerJoin(schema.problemTickets, eq(schema.problemTickets.ticketId, schema.timeEntries.ticketId))
    .where(and(eq(schema.problemTickets.problemId, problemId), isNull(schema.problemTickets.unlinkedAt)));
  const round = (e: Effort | undefined): Effort => ({ minutes: e?.minutes ?? 0, cost: Math.round(e?.cost ?? 0) });
  return {
    minutes: round(own).minutes + round(tickets).minutes,
    cost: Math.round((own?.cost ?? 0) + (tickets?.cost ?? 0)),
    problem: round(own),
    tickets: round(tickets),
  };
}
