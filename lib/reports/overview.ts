import { sql } from "drizzle-orm";
import type { Period } from "./period";
import { problemFigures } from "./problem-figures";
import type { ReportQuery } from "./report-query";
import { oneRow } from "./run-sql";
import { OPEN_STATUSES, ratingDistribution, ticketsWithEventIn } from "./shared-sql";
import { ticketMatches, ticketWhere, within } from "./ticket-where";

/**
 * The manager's first page: every figure for the period, each with the same figure for the period before.
 * Definitions (tested in overview.int.test.ts):
 * - created / resolved / closed: tickets whose created, resolved or closed moment falls in the period;
 *   open: of those created in it, the ones still open now; reopened: tickets whose solution was rejected in it;
 * - SLA: of the tickets created in the period with a target whose outcome is known (answered or resolved, or past
 *   the target), the share that met it; breached: those created in it that breached a target;
 * - times: medians over tickets first answered (of those created in the period) and resolved in the period;
 * - effort: time entries dated in the period, each at the hourly cost frozen on it;
 * - satisfaction: ratings of tickets closed in the period; rejections: solutions rejected in it;
 * - self-service: "this solved my problem" in the period, and tickets filed after suggestions were shown (their
 *   creation event, written in the ticket's own transaction, falls in the period).
 */
export async function getOverview(q: ReportQuery) {
  const [current, previous, problems, problemsBefore] = await Promise.all([
    overviewOf(q, q.period),
    overviewOf(q, q.previous),
    problemFigures(q, q.period),
    problemFigures(q, q.previous),
  ]);
  const withPrevious = <K extends keyof typeof current>(key: K) => ({ ...current[key], previous: previous[key] });
  return {
    period: { from: q.period.from, to: q.period.to },
    previousPeriod: { from: q.previous.from, to: q.previous.to },
    tickets: withPrevious("tickets"),
    sla: withPrevious("sla"),
    times: withPrevious("times"),
    effort: withPrevious("effort"),
    satisfaction: withPrevious("satisfaction"),
    selfService: withPrevious("selfService"),
    // Problem records (an added field): open, known errors, time to a known error, incidents linked, cost.
    problems: { ...problems, previous: problemsBefore },
  };
}

export type Overview = Awaited<ReturnType<typeof getOverview>>;

async function overviewOf(q: ReportQuery, p: Period) {
  const where = ticketWhere(q);
  const [tickets, sla, effort, satisfaction, selfService] = await Promise.all([
    oneRow<{
      created: number;
      resolved: number;
      closed: number;
      open: number;
      reopened: number;
      first_response: number | null;
      resolution: number | null;
    }>(sql`
      select
        count(*) filter (where ${within(sql`t.created_at`, p)})::int as created,
        count(*) filter (where ${within(sql`t.resolved_at`, p)})::int as resolved,
        count(*) filter (where t.status = 'closed' and ${within(sql`t.closed_at`, p)})::int as closed,
        count(*) filter (where ${within(sql`t.created_at`, p)} and t.status in ${OPEN_STATUSES})::int as open,
        (select count(*)::int from tickets t where ${where} and t.id in ${ticketsWithEventIn("rejected", p)}) as reopened,
        percentile_cont(0.5) within group (order by extract(epoch from t.first_response_at - t.created_at) / 60)
          filter (where ${within(sql`t.created_at`, p)} and t.first_response_at is not null)::float8 as first_response,
        percentile_cont(0.5) within group (order by extract(epoch from t.resolved_at - t.created_at) / 60)
          filter (where ${within(sql`t.resolved_at`, p)})::float8 as resolution
      from tickets t
      where ${where} and (${within(sql`t.created_at`, p)} or ${within(sql`t.resolved_at`, p)} or ${within(sql`t.closed_at`, p)})`),
    oneRow<SlaRow>(sql`select ${slaColumns} from tickets t where ${where} and ${within(sql`t.created_at`, p)}`),
    oneRow<{ minutes: number; cost: number }>(sql`
      select coalesce(sum(e.minutes), 0)::int as minutes, coalesce(sum(e.minutes * e.hourly_cost) / 60.0, 0)::float8 as cost
      from time_entries e
      where e.work_date between ${p.from}::date and ${p.to}::date and ${ticketMatches(q, sql`e.ticket_id`)}`),
    oneRow<{ average: number | null; count: number; distribution: number[]; rejections: number }>(sql`
      select avg(t.rating)::float8 as average, count(t.rating)::int as count, ${ratingDistribution} as distribution,
        (select count(*)::int from audit_events a join tickets t on t.id = a.entity_id::uuid
          where a.entity_type = 'ticket' and a.action = 'rejected' and ${within(sql`a.at`, p)} and ${where}) as rejections
      from tickets t where ${where} and t.rating is not null and ${within(sql`t.closed_at`, p)}`),
    oneRow<{ solved: number; filed: number }>(sql`
      select
        (select count(*)::int from deflections d where ${within(sql`d.created_at`, p)}
          ${q.departmentId ? sql`and d.user_id in (select id from users where department_id = ${q.departmentId})` : sql``}) as solved,
        (select count(*)::int from audit_events a join tickets t on t.id = a.entity_id::uuid
          where a.entity_type = 'ticket' and a.action = 'created' and ${within(sql`a.at`, p)} and ${where}
            and jsonb_array_length(coalesce(a.data -> 'suggestionsShown', '[]')) > 0) as filed`),
  ]);
  return {
    tickets: {
      created: tickets.created,
      resolved: tickets.resolved,
      closed: tickets.closed,
      open: tickets.open,
      reopened: tickets.reopened,
    },
    sla: slaFigures(sla),
    times: { firstResponseMedianMinutes: roundOrNull(tickets.first_response), resolutionMedianMinutes: roundOrNull(tickets.resolution) },
    effort: { minutes: effort.minutes, cost: Math.round(effort.cost) },
    satisfaction: {
      average: satisfaction.average === null ? null : Math.round(satisfaction.average * 100) / 100,
      count: satisfaction.count,
      distribution: distributionObject(satisfaction.distribution),
      rejections: satisfaction.rejections,
    },
    selfService: { solvedWithoutTicket: selfService.solved, filedAfterSuggestions: selfService.filed },
  };
}

export type SlaRow = { response_known: number; response_met: number; resolution_known: number; resolution_met: number; breached: number };

/** SLA counts over tickets aliased `t`; used by the overview and the SLA report alike. */
export const slaColumns = sql`
  count(*) filter (where t.response_due_at is not null and (t.first_response_at is not null or t.response_due_at < now()))::int as response_known,
  count(*) filter (where t.first_response_at <= t.response_due_at)::int as response_met,
  count(*) filter (where t.resolution_due_at is not null and (t.resolved_at is not null or t.resolution_due_at < now()))::int as resolution_known,
  count(*) filter (where t.resolved_at <= t.resolution_due_at)::int as resolution_met,
  count(*) filter (where t.breached)::int as breached`;

/** Shares 0..1 (null with no ticket to judge), rounded to a tenth of a percent. */
export function slaFigures(row: SlaRow) {
  const share = (met: number, known: number) => (known === 0 ? null : Math.round((met / known) * 1000) / 1000);
  return {
    responseMet: share(row.response_met, row.response_known),
    resolutionMet: share(row.resolution_met, row.resolution_known),
    breached: row.breached,
  };
}

export function distributionObject(counts: number[]): Record<"1" | "2" | "3" | "4" | "5", number> {
  return { "1": counts[0] ?? 0, "2": counts[1] ?? 0, "3": counts[2] ?? 0, "4": counts[3] ?? 0, "5": counts[4] ?? 0 };
}

export function roundOrNull(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}
