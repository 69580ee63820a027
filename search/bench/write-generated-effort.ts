import type { Db, Sql } from "@/db/client";
import { slaHours } from "@/lib/routing/priority";
import type { TicketSource } from "../documents/types";
import { type CopyValue, copyRows } from "./copy-rows";
import { type Random, seededRandom } from "./random";

// What the reports read and generate-corpus.ts does not make: the work logged on each ticket, its SLA targets and
// outcome, the requester's rating and rejections, its audit trail, and visits of the new-ticket form. Pure
// generation (generateEffort, deterministic for given tickets, `now` and ids) apart from the loader
// (writeGeneratedEffort, by COPY), so bench:suggest's tickets stay exactly as generate-corpus.ts makes them.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** generate-corpus.ts dates tickets from this day over this many days. */
const GENERATED_FROM = Date.parse("2024-01-01T00:00:00Z");
const GENERATED_DAYS = 700;
/** The generated tickets are spread over the two years before `now`: every report period can be asked for. */
const SPAN_DAYS = 730;

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
/** The 12 specialists of writeGeneratedReferences, and what an hour of each costs (whole currency units). */
const specialists = Array.from({ length: 12 }, (_, i) => uuid(3_000_000 + i));
const hourlyRate = (specialist: number) => 900 + 150 * specialist;

const ratingComments = [
  "Быстро и понятно, спасибо!",
  "Помогли, но ждать пришлось долго.",
  "Проблема вернулась через день.",
  "Отлично, всё работает.",
  "Fixed quickly, thank you.",
  "It works now, but nobody told me what was wrong.",
  "Took three days for a password reset.",
  "Great help, very polite.",
];
const complaints = [
  "Не работает, как и раньше.",
  "Принтер снова зажёвывает бумагу.",
  "Решение не помогло, ошибка повторяется.",
  "Still broken after the restart.",
  "The fix did not help, same error.",
  "Nobody actually came to look at it.",
];

/** The columns of `tickets` that generate-corpus.ts leaves at their defaults, per ticket. */
export type TicketExtras = {
  id: string;
  lineId: string | null;
  rating: number | null;
  ratingComment: string | null;
  reopenCount: number;
  responseDueAt: Date;
  resolutionDueAt: Date;
  firstResponseAt: Date | null;
  breached: boolean;
};

export type GeneratedEffort = {
  /** The input tickets with their dates moved into the two years before `now` and a life of their own. */
  tickets: TicketSource[];
  extras: TicketExtras[];
  timeEntries: CopyValue[][];
  auditEvents: CopyValue[][];
  sessions: CopyValue[][];
  deflections: CopyValue[][];
};

export type EffortOptions = {
  now: Date;
  /** Support lines tickets are handed to (the demo's); most tickets get one. */
  lineIds: string[];
  /** Articles the new-ticket form may suggest (and a visit may be solved by). */
  articleIds: string[];
  seed?: number;
};

/**
 * Everything the reports need for `sources` (generateTickets' output, unchanged): the tickets' dates mapped from
 * the generator's 700 days of 2024–25 onto the 730 days ending at `now` (so the last 30 days hold ~4 % of them,
 * the last year half), each solved ticket resolved some hours after it was created, by its priority's SLA, and
 * closed days later; first responses, due dates and breaches; ratings (60 % of closed tickets, some with a
 * comment); 1–3 time entries per assigned ticket at the specialist's hourly cost frozen on each; audit events
 * "created", "resolved" and, for 6 % of solved tickets, a "rejected" with a complaint before the final solution;
 * visits of the new-ticket form over the last year: 8 % of the year's tickets were filed after one (most were
 * shown suggestions), half as many visits ended with "this solved my problem", some with nothing.
 */
export function generateEffort(sources: TicketSource[], { now, lineIds, articleIds, seed = 11 }: EffortOptions): GeneratedEffort {
  const random = seededRandom(seed);
  const end = now.getTime();
  const start = end - SPAN_DAYS * DAY;
  const at = (ms: number) => new Date(Math.min(ms, end - MINUTE));
  const moved = (d: Date) => start + ((d.getTime() - GENERATED_FROM) * SPAN_DAYS) / GENERATED_DAYS;

  const tickets: TicketSource[] = [];
  const extras: TicketExtras[] = [];
  const timeEntries: CopyValue[][] = [];
  const auditEvents: CopyValue[][] = [];
  const createdEvents = new Map<string, number>(); // ticket id → index of its "created" event, for suggestionsShown

  for (const source of sources) {
    const created = moved(source.createdAt);
    const sla = slaHours[source.priority];
    const responseDue = created + sla.response * HOUR;
    const resolutionDue = created + sla.resolution * HOUR;
    const solved = source.status === "resolved" || source.status === "closed";
    // Most targets are met: 88 % of responses, 85 % of resolutions (late ones up to 3× the target).
    const lateness = (share: number) => (random.next() < share ? 0.05 + 0.9 * random.next() : 1.05 + 2 * random.next());
    const firstResponse = source.status === "new" ? null : Math.min(created + sla.response * HOUR * lateness(0.88), end - MINUTE);
    const resolved = solved
      ? Math.max(Math.min(created + sla.resolution * HOUR * lateness(0.85), end - MINUTE), firstResponse ?? created)
      : null;
    const closed =
      source.status === "closed"
        ? Math.max(Math.min(resolved! + (1 + random.int(6)) * DAY + random.int(DAY), end - MINUTE), resolved!)
        : null;
    const open = source.status === "new" || source.status === "in_progress" || source.status === "waiting";
    const breached = (firstResponse ?? end) > responseDue || (resolved ?? (open ? end : 0)) > resolutionDue;
    const rejected = solved && random.next() < 0.06;
    const rated = closed !== null && random.next() < 0.6;
    const rating = rated ? pickRating(random) : null;

    const ticket: TicketSource = {
      ...source,
      createdAt: at(created),
      updatedAt: at(closed ?? resolved ?? firstResponse ?? created),
      resolvedAt: resolved === null ? null : at(resolved),
      closedAt: closed === null ? null : at(closed),
    };
    tickets.push(ticket);
    extras.push({
      id: source.id,
      lineId: lineIds.length && random.next() < 0.8 ? random.pick(lineIds) : null,
      rating,
      ratingComment: rated && random.next() < 0.2 ? random.pick(ratingComments) : null,
      reopenCount: rejected ? 1 : 0,
      responseDueAt: new Date(responseDue),
      resolutionDueAt: new Date(resolutionDue),
      firstResponseAt: firstResponse === null ? null : at(firstResponse),
      breached,
    });

    createdEvents.set(source.id, auditEvents.length);
    auditEvents.push(auditEvent(ticket.createdAt, source.createdById, source.id, "created", null));
    if (rejected) {
      const firstSolution = created + (resolved! - created) * (0.3 + 0.4 * random.next());
      auditEvents.push(auditEvent(at(firstSolution), source.assigneeId, source.id, "resolved", null));
      auditEvents.push(
        auditEvent(at(firstSolution + (1 + random.int(24)) * HOUR), source.requesterId, source.id, "rejected", {
          complaint: random.pick(complaints),
        }),
      );
    }
    if (resolved !== null) auditEvents.push(auditEvent(at(resolved), source.assigneeId, source.id, "resolved", null));

    // Work logged while the ticket was worked on (up to two weeks for one still open), by its assignee mostly.
    if (source.assigneeId) {
      const workEnd = Math.max(created, Math.min(resolved ?? created + 14 * DAY, end - MINUTE));
      for (let n = 1 + random.int(3); n > 0; n--) {
        const specialist = random.next() < 0.85 ? specialists.indexOf(source.assigneeId) : random.int(specialists.length);
        const day = new Date(created + random.next() * (workEnd - created));
        // Rates went up 10 % half a year ago: the frozen cost keeps older entries at the old rate.
        const rate = Math.round(hourlyRate(Math.max(0, specialist)) * (day.getTime() > end - 182 * DAY ? 1.1 : 1));
        const minutes = 5 * (1 + Math.round((random.next() ** 2 * 235) / 5));
        timeEntries.push([source.id, specialists[Math.max(0, specialist)], minutes, null, day.toISOString().slice(0, 10), rate, day]);
      }
    }
  }

  const { sessions, deflections } = selfServiceVisits(tickets, { end, articleIds, random, auditEvents, createdEvents });
  return { tickets, extras, timeEntries, auditEvents, sessions, deflections };
}

/** 1–5, skewed to content: 5 % ones, 5 % twos, 12 % threes, 28 % fours, 50 % fives. */
function pickRating(random: Random): number {
  const r = random.next();
  return r < 0.05 ? 1 : r < 0.1 ? 2 : r < 0.22 ? 3 : r < 0.5 ? 4 : 5;
}

function auditEvent(at: Date, actorId: string | null, ticketId: string, action: string, data: Record<string, unknown> | null): CopyValue[] {
  return [at, actorId, "ticket", ticketId, action, data === null ? null : JSON.stringify(data)];
}

function selfServiceVisits(
  tickets: TicketSource[],
  ctx: { end: number; articleIds: string[]; random: Random; auditEvents: CopyValue[][]; createdEvents: Map<string, number> },
): { sessions: CopyValue[][]; deflections: CopyValue[][] } {
  const { end, articleIds, random, auditEvents, createdEvents } = ctx;
  const sessions: CopyValue[][] = [];
  const deflections: CopyValue[][] = [];
  const yearAgo = end - 365 * DAY;
  const recent = tickets.filter((t) => t.createdAt.getTime() >= yearAgo);
  const olderSolved = tickets.filter((t) => t.createdAt.getTime() < yearAgo && t.resolvedAt !== null);
  const bySubject = new Map<string, TicketSource[]>();
  for (const t of tickets) {
    if (!t.resolvedAt || !t.shareable) continue;
    const same = bySubject.get(t.subject);
    if (same) same.push(t);
    else bySubject.set(t.subject, [t]);
  }
  const suggestion = () =>
    random.next() < 0.8 || olderSolved.length === 0 ? `article:${random.pick(articleIds)}` : `ticket:${random.pick(olderSolved).id}`;
  const some = (n: number) => [...new Set(Array.from({ length: n }, suggestion))];
  const session = (userId: string, started: number, shown: string[], opened: string[], solved: string | null, ticketId: string | null) =>
    sessions.push([
      uuid(6_000_000 + sessions.length),
      userId,
      new Date(started),
      shown,
      opened,
      solved,
      solved ? new Date(started + (1 + random.int(10)) * MINUTE) : null,
      ticketId,
    ]);
  if (articleIds.length === 0) return { sessions, deflections };

  // Tickets filed from the form: 70 % after suggestions (a third of those opened one), the rest with nothing shown.
  for (const t of recent) {
    if (random.next() >= 0.08) continue;
    const shown = random.next() < 0.7 ? some(1 + random.int(4)) : [];
    const opened = shown.length && random.next() < 0.35 ? [random.pick(shown)] : [];
    session(t.requesterId, t.createdAt.getTime() - (2 + random.int(20)) * MINUTE, shown, opened, null, t.id);
    if (shown.length) {
      const event = auditEvents[createdEvents.get(t.id)!];
      event[5] = JSON.stringify({ suggestionsShown: shown });
    }
  }
  // "This solved my problem": half as many; a sixth of them by someone who filed the same problem days later.
  const filed = sessions.length;
  for (let n = 0; n < filed / 2; n++) {
    const later = random.next() < 1 / 6 ? random.pick(recent) : null;
    const sameProblem = later ? (bySubject.get(later.subject) ?? []).filter((t) => t.id !== later.id && t.createdAt < later.createdAt) : [];
    const started = later ? later.createdAt.getTime() - (1 + random.int(6)) * DAY : yearAgo + random.next() * (end - yearAgo - HOUR);
    const solved = sameProblem.length ? `ticket:${random.pick(sameProblem).id}` : suggestion();
    const userId = later?.requesterId ?? uuid(2_000_000 + random.int(2000));
    const shown = [...new Set([solved, ...some(random.int(3))])];
    session(userId, started, shown, [solved], solved, null);
    const [kind, itemId] = solved.split(":");
    const solvedAt = sessions[sessions.length - 1][6] as Date;
    const words = (later ?? random.pick(tickets)).subject;
    deflections.push([uuid(7_000_000 + deflections.length), userId, kind, itemId, words, solvedAt]);
  }
  // Visits that ended with nothing (the person gave up, or came back later).
  for (let n = 0; n < filed / 4; n++) {
    const shown = random.next() < 0.8 ? some(1 + random.int(4)) : [];
    session(
      uuid(2_000_000 + random.int(2000)),
      yearAgo + random.next() * (end - yearAgo - HOUR),
      shown,
      shown.length && random.next() < 0.3 ? [shown[0]] : [],
      null,
      null,
    );
  }
  return { sessions, deflections };
}

// drizzle keeps the postgres.js client it was made with as $client (at run time; db/client.ts's Db type omits it).
const clientOf = (db: Db) => (db as unknown as { $client: Sql }).$client;

/**
 * Writes what generateEffort made, by COPY, after writeGeneratedTickets has stored `generated.tickets`: the tickets'
 * extra columns go through an unlogged table and one update. Run ANALYZE (or VACUUM ANALYZE) afterwards.
 */
export async function writeGeneratedEffort(db: Db, generated: GeneratedEffort): Promise<void> {
  const sql = clientOf(db);
  await sql`create unlogged table bench_ticket_extras (id uuid primary key, line_id uuid, rating smallint, rating_comment text, reopen_count int,
    response_due_at timestamptz, resolution_due_at timestamptz, first_response_at timestamptz, breached boolean)`;
  try {
    await copyRows(
      sql,
      "bench_ticket_extras",
      [
        "id",
        "line_id",
        "rating",
        "rating_comment",
        "reopen_count",
        "response_due_at",
        "resolution_due_at",
        "first_response_at",
        "breached",
      ],
      generated.extras.map((x) => [
        x.id,
        x.lineId,
        x.rating,
        x.ratingComment,
        x.reopenCount,
        x.responseDueAt,
        x.resolutionDueAt,
        x.firstResponseAt,
        x.breached,
      ]),
    );
    await sql`update tickets t set line_id = x.line_id, rating = x.rating, rating_comment = x.rating_comment, reopen_count = x.reopen_count,
      response_due_at = x.response_due_at, resolution_due_at = x.resolution_due_at, first_response_at = x.first_response_at, breached = x.breached,
      closed_by = case when t.status = 'closed' then (case when x.rating is not null then 'requester' else 'auto' end) end
      from bench_ticket_extras x where t.id = x.id`;
  } finally {
    await sql`drop table if exists bench_ticket_extras`;
  }
  await copyRows(
    sql,
    "time_entries",
    ["ticket_id", "user_id", "minutes", "note", "work_date", "hourly_cost", "created_at"],
    generated.timeEntries,
  );
  await copyRows(sql, "audit_events", ["at", "actor_id", "entity_type", "entity_id", "action", "data"], generated.auditEvents);
  await copyRows(
    sql,
    "self_service_sessions",
    ["id", "user_id", "started_at", "shown", "opened", "solved", "solved_at", "ticket_id"],
    generated.sessions,
  );
  await copyRows(sql, "deflections", ["id", "user_id", "kind", "item_id", "query", "created_at"], generated.deflections);
}
