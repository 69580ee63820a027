import { type SQL, sql } from "drizzle-orm";
import type { Period } from "./period";
import type { ReportQuery } from "./report-query";
import { oneRow } from "./run-sql";
import { ticketWhere, within } from "./ticket-where";

/** Whether the report is narrowed to some tickets (a department, category, …): then only their problems count. */
function narrowed(q: ReportQuery): boolean {
  return Boolean(q.departmentId || q.categoryIds || q.type || q.priority || q.lineId || q.assigneeId);
}

/**
 * The problem records' figures for a period (the overview's `problems`, an added field of API.md's overview):
 * - open / knownErrors: problems in that state at the period's end (their stamps tell: a problem never goes back);
 * - opened: problems opened in the period; meanTimeToKnownErrorMinutes: from opening to the workaround, over the
 *   problems that became a known error in the period;
 * - incidentsLinked: tickets linked to a problem in the period (and not unlinked since);
 * - minutes / cost: time dated in the period on problems themselves and on their linked tickets, at the frozen rate.
 * A narrowed report (department, category, …) counts the problems with at least one of its tickets, and of their
 * tickets only its own: a department head sees the problems behind their department's incidents.
 */
export async function problemFigures(q: ReportQuery, p: Period) {
  const where = ticketWhere(q);
  const inScope: SQL = narrowed(q)
    ? sql`exists (select 1 from problem_tickets pt join tickets t on t.id = pt.ticket_id
        where pt.problem_id = p.id and pt.unlinked_at is null and ${where})`
    : sql`true`;
  const end = sql`${p.end.toISOString()}::timestamptz`;
  const row = await oneRow<{
    opened: number;
    open: number;
    known: number;
    mean: number | null;
    linked: number;
    minutes: number;
    cost: number;
  }>(sql`
    with scoped as (select p.* from problems p where ${inScope}),
    linked as (
      select pt.ticket_id, pt.linked_at from problem_tickets pt join tickets t on t.id = pt.ticket_id
      where pt.problem_id in (select id from scoped) and pt.unlinked_at is null and ${where}),
    work as (
      select e.minutes, e.hourly_cost from problem_time_entries e
        where e.problem_id in (select id from scoped) and e.work_date between ${p.from}::date and ${p.to}::date
      union all
      select e.minutes, e.hourly_cost from time_entries e
        where e.ticket_id in (select ticket_id from linked) and e.work_date between ${p.from}::date and ${p.to}::date)
    select
      (select count(*)::int from scoped where ${within(sql`created_at`, p)}) as opened,
      (select count(*)::int from scoped where created_at < ${end} and (known_error_at is null or known_error_at >= ${end})
        and (resolved_at is null or resolved_at >= ${end})) as open,
      (select count(*)::int from scoped where known_error_at < ${end} and (resolved_at is null or resolved_at >= ${end})) as known,
      (select avg(extract(epoch from known_error_at - created_at) / 60)::float8 from scoped where ${within(sql`known_error_at`, p)}) as mean,
      (select count(*)::int from linked where ${within(sql`linked_at`, p)}) as linked,
      (select coalesce(sum(minutes), 0)::int from work) as minutes,
      (select coalesce(sum(minutes * hourly_cost) / 60.0, 0)::float8 from work) as cost`);
  return {
    opened: row.opened,
    open: row.open,
    knownErrors: row.known,
    meanTimeToKnownErrorMinutes: row.mean === null ? null : Math.round(row.mean),
    incidentsLinked: row.linked,
    minutes: row.minutes,
    cost: Math.round(row.cost),
  };
}
