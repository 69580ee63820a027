import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { type Db, schema, type TxDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { activeProblemStatuses, type ProblemStatus, problemNumber } from "../problem-status";

const { problems, problemSuggestions, problemTickets } = schema;

// Only while the ticket is in no problem, the suggested one still takes tickets (open or a known error) and nobody
// has said it is not this problem.
const stillOffered = and(
  inArray(problems.status, [...activeProblemStatuses]),
  isNull(problemSuggestions.dismissedAt),
  sql`not exists (select 1 from problem_tickets pt where pt.ticket_id = ${problemSuggestions.ticketId} and pt.unlinked_at is null)`,
);

/**
 * The problem a ticket seems to repeat, as the `problems.suggest` job stored it, for IT staff to link: null for
 * anyone else, for a ticket already in a problem, and once the problem is resolved.
 */
export async function suggestedProblem(db: Db | TxDb, viewer: Pick<CurrentUser, "roles">, ticketId: string) {
  if (!can(viewer.roles, "problems.work")) return null;
  const [row] = await db
    .select({
      id: problems.id,
      number: problems.number,
      title: problems.title,
      status: problems.status,
      workaround: problems.workaround,
      similarity: problemSuggestions.similarity,
    })
    .from(problemSuggestions)
    .innerJoin(problems, eq(problems.id, problemSuggestions.problemId))
    .where(and(eq(problemSuggestions.ticketId, ticketId), stillOffered));
  return row ? { ...row, number: problemNumber(row.number), similarity: Math.round(row.similarity * 1000) / 1000 } : null;
}

export type ProblemHint = { number: string; status: ProblemStatus; title: string; kind: "linked" | "suggested" };

/**
 * For a page of the queue: each ticket's problem (linked), or the one offered for linking (suggested). IT staff
 * only — the queue is theirs; an empty map for anyone else.
 */
export async function problemHints(
  db: Db | TxDb,
  viewer: Pick<CurrentUser, "roles">,
  ticketIds: string[],
): Promise<Map<string, ProblemHint>> {
  const hints = new Map<string, ProblemHint>();
  if (ticketIds.length === 0 || !can(viewer.roles, "problems.work")) return hints;
  const fields = { number: problems.number, status: problems.status, title: problems.title };
  const [linked, suggested] = await Promise.all([
    db
      .select({ ...fields, ticketId: problemTickets.ticketId })
      .from(problemTickets)
      .innerJoin(problems, eq(problems.id, problemTickets.problemId))
      .where(and(inArray(problemTickets.ticketId, ticketIds), isNull(problemTickets.unlinkedAt))),
    db
      .select({ ...fields, ticketId: problemSuggestions.ticketId })
      .from(problemSuggestions)
      .innerJoin(problems, eq(problems.id, problemSuggestions.problemId))
      .where(and(inArray(problemSuggestions.ticketId, ticketIds), stillOffered)),
  ]);
  for (const r of suggested)
    hints.set(r.ticketId, { number: problemNumber(r.number), status: r.status, title: r.title, kind: "suggested" });
  for (const r of linked) hints.set(r.ticketId, { number: problemNumber(r.number), status: r.status, title: r.title, kind: "linked" });
  return hints;
}
