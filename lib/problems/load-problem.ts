import { and, eq, isNull, sql } from "drizzle-orm";
import { type Db, schema, type TxDb } from "@/db/client";
import { isUuid } from "@/lib/is-uuid";

export type ProblemRecord = typeof schema.problems.$inferSelect;
export type LoadedProblem = ProblemRecord & { watcherIds: string[] };

/** Reads a problem with its watchers; inside a command it locks the row (`lock`), serialising people acting at once. */
export async function loadProblem(db: Db | TxDb, problemId: string, { lock = false } = {}): Promise<LoadedProblem | null> {
  if (!isUuid(problemId)) return null;
  const query = db.select().from(schema.problems).where(eq(schema.problems.id, problemId));
  const [problem] = lock ? await query.for("update") : await query;
  if (!problem) return null;
  const watchers = await db
    .select({ id: schema.problemWatchers.userId })
    .from(schema.problemWatchers)
    .where(eq(schema.problemWatchers.problemId, problemId));
  return { ...problem, watcherIds: watchers.map((w) => w.id) };
}

/** Finds a problem by its uuid or its human number (PRB-12 or 12). */
export async function resolveProblemId(db: Db | TxDb, idOrNumber: string): Promise<string | null> {
  const number = /^(?:PRB-)?(\d{1,9})$/i.exec(idOrNumber)?.[1];
  if (!number) return idOrNumber;
  const [row] = await db
    .select({ id: schema.problems.id })
    .from(schema.problems)
    .where(sql`${schema.problems.number} = ${Number(number)}`);
  return row?.id ?? null;
}

/** The tickets linked to a problem now (not those unlinked since), with their state. */
export async function linkedTickets(db: Db | TxDb, problemId: string) {
  return db
    .select({
      id: schema.tickets.id,
      number: schema.tickets.number,
      status: schema.tickets.status,
      subject: schema.tickets.subject,
      linkedAt: schema.problemTickets.linkedAt,
    })
    .from(schema.problemTickets)
    .innerJoin(schema.tickets, eq(schema.tickets.id, schema.problemTickets.ticketId))
    .where(and(eq(schema.problemTickets.problemId, problemId), isNull(schema.problemTickets.unlinkedAt)))
    .orderBy(schema.tickets.number);
}
