import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locale";
import { labelsFor } from "./labels";
import type { Period } from "./period";
import type { ReportQuery } from "./report-query";
import { rows } from "./run-sql";
import { ticketMatches } from "./ticket-where";

export const effortGroupBy = z.enum(["category", "assignee", "department", "month", "problem"], {
  message: "Choose category, assignee, department, month or problem",
});
export type EffortGroupBy = z.infer<typeof effortGroupBy>;

// What a time entry `e` is counted under: a key of the entry itself (grouped before anything is joined), or of its
// ticket, reached from the per-ticket sums `pt` through what `from` joins. "assignee" is whoever logged the time:
// the specialist whose hours they are, even when the ticket has moved on to someone else since.
const keyOf: Record<EffortGroupBy, { entryKey: SQL; key: SQL; from: SQL }> = {
  category: { entryKey: sql`null`, key: sql`t.category_id::text`, from: sql`join tickets t on t.id = pt.ticket_id` },
  assignee: { entryKey: sql`e.user_id::text`, key: sql`pt.entry_key`, from: sql`` },
  department: {
    entryKey: sql`null`,
    key: sql`u.department_id::text`,
    from: sql`join tickets t on t.id = pt.ticket_id left join users u on u.id = t.requester_id`,
  },
  month: { entryKey: sql`to_char(e.work_date, 'YYYY-MM')`, key: sql`pt.entry_key`, from: sql`` },
  problem: {
    entryKey: sql`null`,
    key: sql`g.group_id::text`,
    from: sql`left join lateral (select g.group_id from problem_group_tickets g where g.ticket_id = pt.ticket_id limit 1) g on true`,
  },
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

/**
 * The period's time entries summed per ticket (and per entry key): a ticket then counts once per group without a
 * `count(distinct)`, which sorted a year's 100,000 entries on disk.
 */
function perTicket(q: ReportQuery, p: Period, entryKey: SQL = sql`null`): SQL {
  return sql`
    select e.ticket_id, ${entryKey} as entry_key, sum(e.minutes) as minutes, sum(e.minutes * e.hourly_cost) as cost
    from time_entries e
    where e.work_date between ${p.from}::date and ${p.to}::date and ${ticketMatches(q, sql`e.ticket_id`)}
    group by 1, 2`;
}

async function effortRows(q: ReportQuery, p: Period, groupBy: EffortGroupBy): Promise<Row[]> {
  const { entryKey, key, from } = keyOf[groupBy];
  return rows<Row>(sql`
    select ${key} as key, count(*)::int as tickets, sum(pt.minutes)::int as minutes, round(sum(pt.cost) / 60.0)::float8 as cost
    from (${perTicket(q, p, entryKey)}) pt ${from}
    group by 1 order by cost desc, minutes desc`);
}

async function effortTotal(q: ReportQuery, p: Period): Promise<Totals> {
  const [total] = await rows<Totals>(sql`
    select count(*)::int as tickets, coalesce(sum(pt.minutes), 0)::int as minutes, coalesce(round(sum(pt.cost) / 60.0), 0)::float8 as cost
    from (${perTicket(q, p)}) pt`);
  return total;
}
