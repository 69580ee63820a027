import { type SQL, sql } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locale";
import type { Period } from "./period";
import type { ReportQuery } from "./report-query";
import { oneRow, rows } from "./run-sql";
import { within } from "./ticket-where";

/** A requester's visits and deflections are counted by the requester's department; they have no category yet. */
function byPerson(q: ReportQuery, column: SQL): SQL {
  return q.departmentId ? sql`${column} in (select id from users where department_id = ${q.departmentId})` : sql`true`;
}

/**
 * A "solved" that did not hold: the same person filed a ticket on the same problem within 7 days. The same
 * problem: the ticket sits in the recurring group of the solved ticket, or in the group the solved article covers,
 * or was linked to that article.
 */
const recontacted = sql`exists (
  select 1 from tickets t where t.requester_id = d.user_id and t.created_at > d.created_at and t.created_at <= d.created_at + interval '7 days'
    and ((d.kind = 'ticket' and exists (
          select 1 from problem_group_tickets a join problem_group_tickets b on b.group_id = a.group_id where a.ticket_id = d.item_id and b.ticket_id = t.id))
      or (d.kind = 'article' and (
          exists (select 1 from ticket_articles ta where ta.ticket_id = t.id and ta.article_id = d.item_id)
          or exists (select 1 from problem_group_tickets b join problem_groups g on g.id = b.group_id where b.ticket_id = t.id and g.coverage_article_id = d.item_id)))))`;

type Funnel = { sessions: number; withSuggestions: number; opened: number; solved: number; filedAnyway: number; recontacted: number };

async function funnelOf(q: ReportQuery, p: Period): Promise<Funnel> {
  return oneRow<Funnel>(sql`
    select
      (select count(*)::int from self_service_sessions s where ${within(sql`s.started_at`, p)} and ${byPerson(q, sql`s.user_id`)}) as sessions,
      (select count(*)::int from self_service_sessions s where ${within(sql`s.started_at`, p)} and ${byPerson(q, sql`s.user_id`)} and cardinality(s.shown) > 0) as "withSuggestions",
      (select count(*)::int from self_service_sessions s where ${within(sql`s.started_at`, p)} and ${byPerson(q, sql`s.user_id`)} and cardinality(s.opened) > 0) as opened,
      (select count(*)::int from deflections d where ${within(sql`d.created_at`, p)} and ${byPerson(q, sql`d.user_id`)}) as solved,
      (select count(*)::int from self_service_sessions s where ${within(sql`s.started_at`, p)} and ${byPerson(q, sql`s.user_id`)}
        and cardinality(s.shown) > 0 and s.ticket_id is not null) as "filedAnyway",
      (select count(*)::int from deflections d where ${within(sql`d.created_at`, p)} and ${byPerson(q, sql`d.user_id`)} and ${recontacted}) as recontacted`);
}

/**
 * The honest deflection funnel of the new-ticket form: visits → shown suggestions → opened one → "this solved my
 * problem" → filed anyway; and solves that did not hold. Per article; and the content gaps: what people filed
 * when nothing helped (nothing shown, or nothing opened or solved), grouped by recurring problem. Only the words of
 * visits that ended in a ticket are known — the ticket's own — since a visit stores ids, never typed text.
 */
export async function getSelfService(q: ReportQuery, locale: Locale) {
  const [current, previous, byArticle, gaps] = await Promise.all([
    funnelOf(q, q.period),
    funnelOf(q, q.previous),
    articleFunnel(q),
    contentGaps(q, locale),
  ]);
  return { period: { from: q.period.from, to: q.period.to }, ...current, previous, byArticle, gaps };
}

async function articleFunnel(q: ReportQuery) {
  const p = q.period;
  return rows<{ articleId: string; title: string; shown: number; opened: number; solved: number; recontacted: number }>(sql`
    with visits as (select * from self_service_sessions s where ${within(sql`s.started_at`, p)} and ${byPerson(q, sql`s.user_id`)}),
    shown as (select split_part(x, ':', 2)::uuid as id, count(*)::int as n from visits, unnest(visits.shown) x where x like 'article:%' group by 1),
    opened as (select split_part(x, ':', 2)::uuid as id, count(*)::int as n from visits, unnest(visits.opened) x where x like 'article:%' group by 1),
    solved as (select d.item_id as id, count(*)::int as n, count(*) filter (where ${recontacted})::int as back
      from deflections d where d.kind = 'article' and ${within(sql`d.created_at`, p)} and ${byPerson(q, sql`d.user_id`)} group by 1)
    select a.id as "articleId", a.title, coalesce(sh.n, 0) as shown, coalesce(op.n, 0) as opened, coalesce(so.n, 0) as solved, coalesce(so.back, 0) as recontacted
    from articles a left join shown sh on sh.id = a.id left join opened op on op.id = a.id left join solved so on so.id = a.id
    where sh.id is not null or op.id is not null or so.id is not null
    order by solved desc, shown desc limit 100`);
}

async function contentGaps(q: ReportQuery, locale: Locale) {
  const label = locale === "ru" ? sql`coalesce(nullif(g.label_ru, ''), g.label_en)` : sql`coalesce(nullif(g.label_en, ''), g.label_ru)`;
  const found = await rows<{
    id: string | null;
    label: string | null;
    filed: number;
    nothingShown: number;
    subjects: string[];
    numbers: number[];
  }>(sql`
    select g.id, ${label} as label, count(*)::int as filed, count(*) filter (where cardinality(s.shown) = 0)::int as "nothingShown",
      (array_agg(t.subject order by t.created_at desc))[1:3] as subjects, (array_agg(t.number order by t.created_at desc))[1:5] as numbers
    from self_service_sessions s join tickets t on t.id = s.ticket_id
      left join problem_group_tickets pg on pg.ticket_id = t.id left join problem_groups g on g.id = pg.group_id
    where ${within(sql`s.started_at`, q.period)} and ${byPerson(q, sql`s.user_id`)} and s.solved is null and cardinality(s.opened) = 0
    group by g.id, 2 order by filed desc limit 50`);
  return found.map((g) => ({
    groupId: g.id,
    label: g.label ?? g.subjects[0] ?? "",
    filed: g.filed,
    nothingShown: g.nothingShown,
    subjects: g.subjects,
    tickets: g.numbers.map((n) => `HD-${n}`),
  }));
}
