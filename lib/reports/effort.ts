import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locale";
import { labelsFor } from "./labels";
import type { Period } from "./period";
import type { ReportQuery } from "./report-query";
import { rows } from "./run-sql";
import { ticketWhere } from "./ticket-where";

export const effortGroupBy = z.enum(["category", "assignee", "department", "month", "problem"], {
  message: "Choose category, assignee, department, month or problem",
});
export type EffortGroupBy = z.infer<typeof effortGroupBy>;

// What a time entry `e` of ticket `t` is counted under. "assignee" is whoever logged the time: the specialist
// whose hours they are, even when the ticket has moved on to someone else since.
const keyOf: Record<EffortGroupBy, SQL> = {
  category: sql`t.category_id::text`,
  assignee: sql`e.user_id::text`,
  department: sql`(select u.department_id::text from users u where u.id = t.requester_id)`,
  month: sql`to_char(e.work_date, 'YYYY-MM')`,
  problem: sql`(select g.group_id::text from problem_group_tickets g where g.ticket_id = t.id limit 1)`,
};

type Totals = { tickets: number; minutes: number; cost: number };
type Row = Totals & { key: string | null };

/**
 * Time and money (the seed's report): minutes of time entries dated in the period and their cost at the
 * hourly rate frozen on each entry, grouped, most expensive first (months in order).
 */
export async function getEffort(q: ReportQuery, groupBy: EffortGroupBy, locale: Locale) {
  const [current, previous, total] = await Promise.all([
    effortRows(q, q.period, groupBy),
    effortRows(q, q.previous, groupBy),
    effortTotal(q, q.period),
  ]);
  const before = new Map(previous.map((r) => [r.key, r]));
  const label = await labelsFor(
    groupBy === "assignee" ? "assignee" : groupBy,
    current.map((r) => r.key),
    locale,
  );
  const items = current.map((r) => {
    const p = before.get(r.key);
    return {
      key: r.key,
      label: label(r.key),
      tickets: r.tickets,
      minutes: r.minutes,
      cost: r.cost,
      // Months never repeat, so a month has nothing to compare with.
      previous: groupBy === "month" ? null : { tickets: p?.tickets ?? 0, minutes: p?.minutes ?? 0, cost: p?.cost ?? 0 },
    };
  });
  if (groupBy === "month") items.sort((a, b) => (a.key ?? "").localeCompare(b.key ?? ""));
  return { items, total };
}

async function effortRows(q: ReportQuery, p: Period, groupBy: EffortGroupBy): Promise<Row[]> {
  const key = keyOf[groupBy];
  const found = await rows<Row>(sql`
    select ${key} as key, count(distinct t.id)::int as tickets, sum(e.minutes)::int as minutes,
      round(sum(e.minutes * e.hourly_cost) / 60.0)::float8 as cost
    from time_entries e join tickets t on t.id = e.ticket_id
    where ${ticketWhere(q)} and e.work_date between ${p.from}::date and ${p.to}::date
    group by 1 order by cost desc, minutes desc`);
  return found;
}

async function effortTotal(q: ReportQuery, p: Period): Promise<Totals> {
  const [total] = await rows<Totals>(sql`
    select count(distinct t.id)::int as tickets, coalesce(sum(e.minutes), 0)::int as minutes,
      coalesce(round(sum(e.minutes * e.hourly_cost) / 60.0), 0)::float8 as cost
    from time_entries e join tickets t on t.id = e.ticket_id
    where ${ticketWhere(q)} and e.work_date between ${p.from}::date and ${p.to}::date`);
  return total;
}
