import { and, count, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb, schema } from "@/db/client";
import { decodeNewestFirstCursor, encodeNewestFirstCursor } from "@/lib/api/newest-first-cursor";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { openStatuses } from "@/lib/tickets/ticket-status";
import { type ProblemStatus, problemNumber, problemStatuses } from "./problem-status";
import type { listProblemsQuery } from "./schemas";

const { problems, users } = schema;

/**
 * A page of problems for IT staff and analysts, newest first (keyset paging), filtered by status, owner and words
 * of the title or description (or a number, PRB-12). `counts` are per state under the same owner and words, for
 * the list's tabs.
 */
export async function listProblems(viewer: CurrentUser, query: z.infer<typeof listProblemsQuery>) {
  if (!can(viewer.roles, "problems.read")) throw new AppError("forbidden", "You are not allowed to do this");
  const base: (SQL | undefined)[] = [];
  if (query.ownerId) base.push(eq(problems.ownerId, query.ownerId));
  if (query.q) {
    const number = /^(?:PRB-)?(\d{1,9})$/i.exec(query.q)?.[1];
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base.push(or(ilike(problems.title, like), ilike(problems.description, like), number ? eq(problems.number, Number(number)) : undefined));
  }
  const conditions = [...base];
  if (query.status) conditions.push(eq(problems.status, query.status));
  if (query.cursor) {
    const after = decodeNewestFirstCursor(query.cursor);
    conditions.push(sql`(${problems.createdAt}, ${problems.id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  }
  const db = getDb();
  const linked =
    sql<number>`(select count(*) from problem_tickets pt where pt.problem_id = ${problems.id} and pt.unlinked_at is null)`.mapWith(Number);
  const openLinked = sql<number>`(select count(*) from problem_tickets pt join tickets t on t.id = pt.ticket_id
    where pt.problem_id = ${problems.id} and pt.unlinked_at is null and t.status in (${sql.join(
      openStatuses.map((s) => sql`${s}`),
      sql`, `,
    )}))`.mapWith(Number);
  const rows = await db
    .select({ problem: problems, owner: { id: users.id, name: users.name, email: users.email }, tickets: linked, openTickets: openLinked })
    .from(problems)
    .innerJoin(users, eq(users.id, problems.ownerId))
    .where(and(...conditions))
    .orderBy(desc(problems.createdAt), desc(problems.id))
    .limit(query.limit + 1);
  const byStatus = await db
    .select({ status: problems.status, n: count() })
    .from(problems)
    .where(and(...base))
    .groupBy(problems.status);
  const counts = Object.fromEntries(problemStatuses.map((s) => [s, byStatus.find((r) => r.status === s)?.n ?? 0])) as Record<
    ProblemStatus,
    number
  >;
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1]?.problem;
  return {
    items: page.map(({ problem: p, owner, tickets, openTickets }) => ({
      id: p.id,
      number: problemNumber(p.number),
      title: p.title,
      status: p.status,
      owner,
      tickets,
      openTickets,
      fromGroupId: p.fromGroupId,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      knownErrorAt: p.knownErrorAt,
      resolvedAt: p.resolvedAt,
      closedAt: p.closedAt,
    })),
    counts,
    nextCursor: rows.length > query.limit && last ? encodeNewestFirstCursor(last) : null,
  };
}
