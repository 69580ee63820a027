import { type SQL, sql } from "drizzle-orm";
import type { ReportQuery } from "./report-query";

/**
 * The filters of a report as a condition on tickets aliased `t`. Every report query includes it, so the
 * department scope (the requester's department) cannot be forgotten by one figure.
 */
export function ticketWhere(q: ReportQuery): SQL {
  const conditions: SQL[] = [sql`true`];
  if (q.departmentId) conditions.push(sql`t.requester_id in (select id from users where department_id = ${q.departmentId})`);
  if (q.categoryIds)
    conditions.push(
      sql`t.category_id in (${sql.join(
        q.categoryIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  if (q.type) conditions.push(sql`t.type = ${q.type}`);
  if (q.priority) conditions.push(sql`t.priority = ${q.priority}`);
  if (q.lineId) conditions.push(sql`t.line_id = ${q.lineId}`);
  if (q.assigneeId) conditions.push(sql`t.assignee_id = ${q.assigneeId}`);
  return sql.join(conditions, sql` and `);
}

/**
 * The same filters for a row that refers to a ticket (a time entry, a visit): `true` when nothing narrows the
 * tickets, so an unfiltered report reads its rows without joining every ticket.
 */
export function ticketMatches(q: ReportQuery, ticketId: SQL): SQL {
  const where = ticketWhere(q);
  return isUnfiltered(q) ? sql`true` : sql`exists (select 1 from tickets t where t.id = ${ticketId} and ${where})`;
}

function isUnfiltered(q: ReportQuery): boolean {
  return !q.departmentId && !q.categoryIds && !q.type && !q.priority && !q.lineId && !q.assigneeId;
}

/** `column` falls in [start, end) of a period. */
export function within(column: SQL, period: { start: Date; end: Date }): SQL {
  return sql`(${column} >= ${period.start.toISOString()}::timestamptz and ${column} < ${period.end.toISOString()}::timestamptz)`;
}
