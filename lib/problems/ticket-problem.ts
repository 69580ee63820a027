import { and, eq, isNull } from "drizzle-orm";
import { type Db, schema, type TxDb } from "@/db/client";
import { problemNumber } from "./problem-status";

/**
 * The problem a ticket is linked to, as its reader may see it: IT staff always; anyone else (the requester, a
 * watcher, a department head) only when its workaround is marked public. Null otherwise.
 */
export async function ticketProblem(db: Db | TxDb, ticketId: string, { staff }: { staff: boolean }) {
  const [row] = await db
    .select({
      id: schema.problems.id,
      number: schema.problems.number,
      title: schema.problems.title,
      status: schema.problems.status,
      workaround: schema.problems.workaround,
      workaroundPublic: schema.problems.workaroundPublic,
    })
    .from(schema.problemTickets)
    .innerJoin(schema.problems, eq(schema.problems.id, schema.problemTickets.problemId))
    .where(and(eq(schema.problemTickets.ticketId, ticketId), isNull(schema.problemTickets.unlinkedAt)));
  if (!row || (!staff && !row.workaroundPublic)) return null;
  return {
    id: row.id,
    number: problemNumber(row.number),
    status: row.status,
    workaround: row.workaround,
    ...(staff ? { title: row.title, workaroundPublic: row.workaroundPublic } : {}),
  };
}
