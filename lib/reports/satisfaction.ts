import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locale";
import { labelsFor } from "./labels";
import { distributionObject } from "./overview";
import type { ReportQuery } from "./report-query";
import { rows } from "./run-sql";
import { iso, ratingDistribution } from "./shared-sql";
import { ticketWhere, within } from "./ticket-where";

export const satisfactionGroupBy = z.enum(["assignee", "category", "month"], { message: "Choose assignee, category or month" });
export type SatisfactionGroupBy = z.infer<typeof satisfactionGroupBy>;

function keyOf(groupBy: SatisfactionGroupBy, timeZone: string): SQL {
  if (groupBy === "month") return sql`to_char(t.closed_at at time zone ${timeZone}, 'YYYY-MM')`;
  return groupBy === "assignee" ? sql`t.assignee_id::text` : sql`t.category_id::text`;
}

type Row = { key: string | null; count: number; average: number | null; distribution: number[]; rejections: number };

/**
 * Requester satisfaction: ratings of tickets closed in the period, by specialist, category or month; rejected
 * solutions counted where the ticket stands now; the latest rating comments and complaints.
 */
export async function getSatisfaction(q: ReportQuery, groupBy: SatisfactionGroupBy, locale: Locale) {
  const key = keyOf(groupBy, q.timeZone);
  const rejectionKey = groupBy === "month" ? sql`to_char(a.at at time zone ${q.timeZone}, 'YYYY-MM')` : key;
  const found = await rows<Row>(sql`
    with rated as (
      select coalesce(${key}, '') as key, count(*)::int as count, avg(t.rating)::float8 as average, ${ratingDistribution} as distribution
      from tickets t where ${ticketWhere(q)} and t.rating is not null and ${within(sql`t.closed_at`, q.period)} group by 1),
    rejected as (
      select coalesce(${rejectionKey}, '') as key, count(*)::int as rejections
      from audit_events a join tickets t on t.id = a.entity_id::uuid
      where a.entity_type = 'ticket' and a.action = 'rejected' and ${within(sql`a.at`, q.period)} and ${ticketWhere(q)} group by 1)
    select nullif(coalesce(r.key, j.key), '') as key, coalesce(r.count, 0) as count, r.average, coalesce(r.distribution, array[0,0,0,0,0]) as distribution,
      coalesce(j.rejections, 0) as rejections
    from rated r full join rejected j on r.key = j.key
    order by count desc, rejections desc`);
  const label = await labelsFor(
    groupBy,
    found.map((r) => r.key),
    locale,
  );
  const items = found.map((r) => ({
    key: r.key,
    label: label(r.key),
    count: r.count,
    average: r.average === null ? null : Math.round(r.average * 100) / 100,
    distribution: distributionObject(r.distribution),
    rejections: r.rejections,
  }));
  if (groupBy === "month") items.sort((a, b) => (a.key ?? "").localeCompare(b.key ?? ""));
  return { items, comments: await latestComments(q) };
}

/** What requesters said: rating comments and complaints of the period, newest first, with the ticket number. */
async function latestComments(q: ReportQuery) {
  return rows<{ kind: "rating" | "complaint"; ticketId: string; number: number; rating: number | null; text: string; at: string }>(sql`
    (select 'rating' as kind, t.id as "ticketId", t.number, t.rating::int as rating, t.rating_comment as text, ${iso(sql`t.closed_at`)} as at
      from tickets t where ${ticketWhere(q)} and ${within(sql`t.closed_at`, q.period)} and coalesce(t.rating_comment, '') <> '')
    union all
    (select 'complaint', t.id, t.number, null, a.data ->> 'complaint', ${iso(sql`a.at`)}
      from audit_events a join tickets t on t.id = a.entity_id::uuid
      where a.entity_type = 'ticket' and a.action = 'rejected' and ${within(sql`a.at`, q.period)} and ${ticketWhere(q)})
    order by at desc limit 20`);
}
