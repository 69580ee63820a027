import { sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";
import { isUuid } from "@/lib/is-uuid";
import type { ReportQuery } from "../report-query";
import { rows } from "../run-sql";
import { iso } from "../shared-sql";
import { ticketWhere, within } from "../ticket-where";
import { type GroupProblem, openProblemsOfGroups } from "./group-problem-records";

/** The label in the reader's language where the group's texts allow, else the other one. */
const labelIn = (locale: Locale) =>
  locale === "ru" ? sql`coalesce(nullif(g.label_ru, ''), g.label_en)` : sql`coalesce(nullif(g.label_en, ''), g.label_ru)`;

type Row = {
  id: string;
  label: string;
  tickets: number;
  previous: number;
  requesters: number;
  departments: number;
  minutes: number;
  cost: number;
  resolution: number | null;
  breachedShare: number;
  reopenedShare: number;
  satisfaction: number | null;
  resolved: number;
  resolvedWithArticle: number;
  articleId: string | null;
  title: string | null;
  sampleTickets: number[];
  captureFrom: number | null;
};

/**
 * Recurring problems of the period: the stored groups (lib/reports/problems/group-problems.ts) with two or more of
 * the period's tickets, and what each cost. Minutes are all the time logged on those tickets. Coverage: the article
 * the group's tickets were resolved with most, else the best textual match; `share` is the part of its resolved
 * tickets that were resolved with an article; `gap` when no article covers it. Most expensive first.
 */
export async function getProblemsReport(q: ReportQuery, locale: Locale, onlyGroupId?: string) {
  const where = sql`${ticketWhere(q)} ${onlyGroupId ? sql`and g.group_id = ${onlyGroupId}` : sql``}`;
  // Only the columns the figures read: a ticket's texts would make every member row a kilobyte to carry around.
  const found = await rows<Row>(sql`
    with members as (
      select g.group_id, t.id, t.number, t.status, t.requester_id, t.created_at, t.resolved_at, t.breached, t.reopen_count,
        t.rating, coalesce(t.solution, '') <> '' as has_solution
      from problem_group_tickets g join tickets t on t.id = g.ticket_id
      where ${where} and ${within(sql`t.created_at`, q.period)}),
    before as (
      select g.group_id, count(*)::int as n from problem_group_tickets g join tickets t on t.id = g.ticket_id
      where ${where} and ${within(sql`t.created_at`, q.previous)} group by 1),
    effort as (
      select e.ticket_id, sum(e.minutes) as minutes, sum(e.minutes * e.hourly_cost) / 60.0 as cost
      from time_entries e join members m on m.id = e.ticket_id group by 1),
    used as (select distinct ta.ticket_id from ticket_articles ta join members m on m.id = ta.ticket_id where ta.relation = 'used'),
    figures as (
      select m.group_id, count(*)::int as tickets, count(distinct m.requester_id)::int as requesters,
        count(distinct u.department_id)::int as departments,
        coalesce(sum(ef.minutes), 0)::int as minutes, round(coalesce(sum(ef.cost), 0))::float8 as cost,
        percentile_cont(0.5) within group (order by extract(epoch from m.resolved_at - m.created_at) / 60)
          filter (where m.resolved_at is not null)::float8 as resolution,
        avg(m.breached::int)::float8 as "breachedShare", avg((m.reopen_count > 0)::int)::float8 as "reopenedShare",
        avg(m.rating)::float8 as satisfaction,
        count(*) filter (where m.resolved_at is not null)::int as resolved,
        count(*) filter (where m.resolved_at is not null and us.ticket_id is not null)::int as "resolvedWithArticle",
        (array_agg(m.number order by m.created_at desc))[1:5] as "sampleTickets",
        (array_agg(m.number order by m.rating desc nulls last, m.resolved_at desc)
          filter (where m.status in ('resolved', 'closed') and m.has_solution))[1] as "captureFrom"
      from members m
        left join effort ef on ef.ticket_id = m.id
        left join used us on us.ticket_id = m.id
        left join users u on u.id = m.requester_id
      group by m.group_id
      having count(*) >= 2)
    select f.group_id as id, ${labelIn(locale)} as label, f.*, coalesce(b.n, 0)::int as previous,
      g.coverage_article_id as "articleId", a.title
    from figures f join problem_groups g on g.id = f.group_id
      left join before b on b.group_id = f.group_id
      left join articles a on a.id = g.coverage_article_id
    order by cost desc, tickets desc`);
  const records = await openProblemsOfGroups(found.map((r) => r.id));
  return { items: found.map((r) => toItem(r, records.get(r.id) ?? null)) };
}

function toItem(r: Row, problem: GroupProblem | null = null) {
  const share = (n: number) => Math.round(n * 1000) / 1000;
  return {
    id: r.id,
    label: r.label,
    tickets: r.tickets,
    previous: r.previous,
    requesters: r.requesters,
    departments: r.departments,
    minutes: r.minutes,
    cost: r.cost,
    resolutionMedianMinutes: r.resolution === null ? null : Math.round(r.resolution),
    breachedShare: share(r.breachedShare),
    reopenedShare: share(r.reopenedShare),
    satisfaction: r.satisfaction === null ? null : Math.round(r.satisfaction * 100) / 100,
    coverage: r.articleId
      ? { articleId: r.articleId, title: r.title ?? "", share: r.resolved === 0 ? 0 : share(r.resolvedWithArticle / r.resolved) }
      : null,
    gap: r.articleId === null,
    sampleTickets: r.sampleTickets.map((n) => `HD-${n}`),
    // Where "Write an article" starts: the group's best-rated resolved ticket, drafted by the capture flow.
    captureFromTicket: r.captureFrom === null ? null : `HD-${r.captureFrom}`,
    // The problem record open (or a known error) for it, if any (an added field).
    problem,
  };
}

export type ProblemItem = ReturnType<typeof toItem>;

/**
 * One recurring problem: its figures for the period, all its tickets in the period (newest first), the articles
 * that cover it (its figures carry the resolved ticket to write a missing article from).
 * 404 when the group does not exist or holds none of the tickets the reader may count.
 */
export async function getProblemDetail(q: ReportQuery, id: string, locale: Locale) {
  if (!isUuid(id)) throw new AppError("not_found", "No such recurring problem");
  const where = ticketWhere(q);
  const [group] = await rows<{ id: string; label: string; inScope: boolean }>(sql`
    select g.id, ${labelIn(locale)} as label,
      exists (select 1 from problem_group_tickets pg join tickets t on t.id = pg.ticket_id where pg.group_id = g.id and ${where}) as "inScope"
    from problem_groups g where g.id = ${id}`);
  if (!group || !group.inScope) throw new AppError("not_found", "No such recurring problem");
  const [report, tickets, articles] = await Promise.all([
    getProblemsReport(q, locale, id),
    rows<{ id: string; number: number; subject: string; status: string; createdAt: string; minutes: number }>(sql`
      select t.id, t.number, t.subject, t.status, ${iso(sql`t.created_at`)} as "createdAt",
        coalesce((select sum(e.minutes) from time_entries e where e.ticket_id = t.id), 0)::int as minutes
      from problem_group_tickets g join tickets t on t.id = g.ticket_id
      where g.group_id = ${id} and ${where} and ${within(sql`t.created_at`, q.period)}
      order by t.created_at desc`),
    rows<{ id: string; title: string; status: string; relation: string; tickets: number }>(sql`
      with linked as (
        select ta.article_id, count(*)::int as tickets
        from ticket_articles ta join problem_group_tickets g on g.ticket_id = ta.ticket_id and g.group_id = ${id}
        group by 1)
      select a.id, a.title, a.status, case when a.id = pg.coverage_article_id then 'coverage' else 'used' end as relation,
        coalesce(l.tickets, 0)::int as tickets
      from problem_groups pg
        join articles a on a.id in (select article_id from linked union all select pg.coverage_article_id)
        left join linked l on l.article_id = a.id
      where pg.id = ${id}
      order by (a.id = pg.coverage_article_id) desc, tickets desc`),
  ]);
  const figures = report.items.find((i) => i.id === id) ?? null;
  return {
    id: group.id,
    label: group.label,
    figures,
    // The problem record open for it (an added field), whether or not the period holds two of its tickets.
    problem: figures ? figures.problem : ((await openProblemsOfGroups([id])).get(id) ?? null),
    tickets: tickets.map((t) => ({ ...t, number: `HD-${t.number}` })),
    articles,
  };
}
