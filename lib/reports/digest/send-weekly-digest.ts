import { sql } from "drizzle-orm";
import { getDb, schema, withTransaction } from "@/db/client";
import { permissions } from "@/lib/auth/permissions";
import { config } from "@/lib/config";
import type { Locale } from "@/lib/i18n/locale";
import { enqueue } from "@/lib/jobs/queue";
import { getSetting } from "@/lib/settings/settings";
import { getOverview } from "../overview";
import { addDays, todayIn } from "../period";
import { getProblemsReport } from "../problems/problems-report";
import { wholeDeskQuery } from "../report-query";
import { rows } from "../run-sql";
import { type DigestFigures, renderDigest } from "./render-digest";

/**
 * The `reports.weeklyDigest` job (Monday mornings): to each head of IT and analyst, in their language, the last
 * seven days against the seven before — the costliest recurring problems, new knowledge-base gaps, SLA and
 * satisfaction — with links. Written to the mail log with its send jobs in one transaction, once per person and
 * week whatever runs it twice.
 */
export async function sendWeeklyDigest(now = new Date()): Promise<{ week: string; mails: number }> {
  const db = getDb();
  const [{ timeZone }, currency] = await Promise.all([getSetting(db, "businessHours"), getSetting(db, "currency")]);
  const to = addDays(todayIn(timeZone, now), -1);
  const range = { from: addDays(to, -6), to };
  const week = `${range.from}/${range.to}`;
  const readers = await rows<{ id: string; name: string; email: string; language: Locale | null }>(sql`
    select u.id, u.name, u.email, u.language from users u
    where u.active and exists (select 1 from user_roles r where r.user_id = u.id and r.role in (${sql.join(
      permissions["reports.digest"].map((r) => sql`${r}`),
      sql`, `,
    )}))`);
  const figures = new Map<Locale, DigestFigures>();
  for (const language of new Set(readers.map((r) => r.language ?? "ru")))
    figures.set(language, await digestFigures(range, timeZone, currency, language));
  const appUrl = config.appUrl();
  return withTransaction(async (tx) => {
    await tx.sql`select pg_advisory_xact_lock(hashtext('reports.weeklyDigest'))`;
    const sent = new Set(
      (await tx.sql<{ user_id: string }[]>`select user_id from mail_log where headers ->> 'X-Desk-Digest' = ${week}`).map((r) => r.user_id),
    );
    const mails = readers
      .filter((r) => !sent.has(r.id))
      .map((r) => {
        const language = r.language ?? "ru";
        const mail = renderDigest(figures.get(language)!, { name: r.name, language }, appUrl);
        return { toEmail: r.email, userId: r.id, ticketId: null, language, ...mail, headers: { "X-Desk-Digest": week } };
      });
    if (mails.length === 0) return { week, mails: 0 };
    const inserted = await tx.db.insert(schema.mailLog).values(mails).returning({ id: schema.mailLog.id });
    for (const row of inserted) await enqueue(tx, "mail.send", { mailId: row.id });
    return { week, mails: inserted.length };
  });
}

async function digestFigures(
  range: { from: string; to: string },
  timeZone: string,
  currency: string,
  language: Locale,
): Promise<DigestFigures> {
  const q = wholeDeskQuery(range, timeZone);
  const before = wholeDeskQuery({ from: q.previous.from, to: q.previous.to }, timeZone);
  const [overview, problems, previousProblems] = await Promise.all([
    getOverview(q),
    getProblemsReport(q, language),
    getProblemsReport(before, language),
  ]);
  const gapsBefore = new Set(previousProblems.items.filter((p) => p.gap).map((p) => p.id));
  return {
    period: range,
    top: problems.items.slice(0, 5).map((p) => ({ id: p.id, label: p.label, tickets: p.tickets, cost: p.cost, gap: p.gap })),
    newGaps: problems.items
      .filter((p) => p.gap && !gapsBefore.has(p.id))
      .slice(0, 5)
      .map((p) => ({ id: p.id, label: p.label, tickets: p.tickets })),
    sla: {
      resolutionMet: overview.sla.resolutionMet,
      previous: overview.sla.previous.resolutionMet,
      breached: overview.sla.breached,
      previousBreached: overview.sla.previous.breached,
    },
    csat: { average: overview.satisfaction.average, previous: overview.satisfaction.previous.average, count: overview.satisfaction.count },
    currency,
  };
}
