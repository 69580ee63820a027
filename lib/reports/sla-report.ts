import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locale";
import { labelsFor } from "./labels";
import { roundOrNull, type SlaRow, slaColumns, slaFigures } from "./overview";
import type { Period } from "./period";
import type { ReportQuery } from "./report-query";
import { rows } from "./run-sql";
import { iso } from "./shared-sql";
import { ticketWhere, within } from "./ticket-where";

export const slaGroupBy = z.enum(["priority", "line", "assignee", "category"], { message: "Choose priority, line, assignee or category" });
export type SlaGroupBy = z.infer<typeof slaGroupBy>;

const keyOf: Record<SlaGroupBy, SQL> = {
  priority: sql`t.priority::text`,
  line: sql`t.line_id::text`,
  assignee: sql`t.assignee_id::text`,
  category: sql`t.category_id::text`,
};
const priorityOrder = ["critical", "high", "normal", "low"];

type Row = SlaRow & { key: string | null; tickets: number; resolution: number | null };

/** SLA met and breached by priority, line, specialist or category, for the tickets created in the period. */
export async function getSlaReport(q: ReportQuery, groupBy: SlaGroupBy, locale: Locale) {
  const [current, previous, breaches] = await Promise.all([
    slaRows(q, q.period, groupBy),
    slaRows(q, q.previous, groupBy),
    listBreaches(q),
  ]);
  const before = new Map(previous.map((r) => [r.key, r]));
  const label = await labelsFor(
    groupBy,
    current.map((r) => r.key),
    locale,
  );
  const items = current.map((r) => {
    const p = before.get(r.key);
    return {
      key: r.key,
      label: label(r.key),
      tickets: r.tickets,
      ...slaFigures(r),
      resolutionMedianMinutes: roundOrNull(r.resolution),
      previous: p ? { tickets: p.tickets, ...slaFigures(p), resolutionMedianMinutes: roundOrNull(p.resolution) } : null,
    };
  });
  if (groupBy === "priority") items.sort((a, b) => priorityOrder.indexOf(a.key ?? "") - priorityOrder.indexOf(b.key ?? ""));
  return { items, breaches };
}

async function slaRows(q: ReportQuery, p: Period, groupBy: SlaGroupBy): Promise<Row[]> {
  return rows<Row>(sql`
    select ${keyOf[groupBy]} as key, count(*)::int as tickets, ${slaColumns},
      percentile_cont(0.5) within group (order by extract(epoch from t.resolved_at - t.created_at) / 60)
        filter (where t.resolved_at is not null)::float8 as resolution
    from tickets t where ${ticketWhere(q)} and ${within(sql`t.created_at`, p)}
    group by 1 order by breached desc, tickets desc`);
}

/** The period's breaches, newest first, with what a reader needs to open each ticket. */
async function listBreaches(q: ReportQuery) {
  return rows<{
    id: string;
    number: number;
    subject: string;
    priority: string;
    status: string;
    assignee: string | null;
    createdAt: string;
    resolutionDueAt: string | null;
    resolvedAt: string | null;
  }>(sql`
    select t.id, t.number, t.subject, t.priority, t.status, u.name as assignee, ${iso(sql`t.created_at`)} as "createdAt",
      ${iso(sql`t.resolution_due_at`)} as "resolutionDueAt", ${iso(sql`t.resolved_at`)} as "resolvedAt"
    from tickets t left join users u on u.id = t.assignee_id
    where ${ticketWhere(q)} and ${within(sql`t.created_at`, q.period)} and t.breached
    order by t.created_at desc limit 100`);
}
