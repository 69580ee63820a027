import { and, eq, inArray, sql } from "drizzle-orm";
import { schema, withTransaction } from "@/db/client";
import { config } from "@/lib/config";
import { enqueue } from "@/lib/jobs/queue";
import { asProblemEventName } from "@/lib/problems/problem-events";
import { problemNumber } from "@/lib/problems/problem-status";
import { pickProblemRecipients } from "./pick-problem-recipients";
import { type ProblemMailFacts, renderProblemMail } from "./render-problem-mail";

/**
 * Tells a problem's owner and watchers about one of its events: a bell notification and a mail each, in their
 * language. As for tickets and articles, the notification rows, the mail log rows and one `mail.send` job per
 * mail are written in one transaction; a second run of the same job finds the first one's rows and does nothing.
 */
export async function notifyProblemEvent({ eventId }: { eventId: number }): Promise<void> {
  await withTransaction(async (tx) => {
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`notify.problem:${eventId}`}, 0))`);
    const [event] = await tx.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.id, eventId), eq(schema.auditEvents.entityType, "problem")));
    if (!event) return;
    const [problem] = await tx.db.select().from(schema.problems).where(eq(schema.problems.id, event.entityId));
    if (!problem) return;
    const watchers = await tx.db
      .select({ id: schema.problemWatchers.userId })
      .from(schema.problemWatchers)
      .where(eq(schema.problemWatchers.problemId, problem.id));
    const previousOwner = event.changes?.ownerId?.from;
    const ids = [
      problem.ownerId,
      event.actorId,
      ...watchers.map((w) => w.id),
      typeof previousOwner === "string" ? previousOwner : null,
    ].filter((v): v is string => Boolean(v));
    const users = await tx.db
      .select({
        id: schema.users.id,
        name: schema.users.name,
        email: schema.users.email,
        language: schema.users.language,
        active: schema.users.active,
      })
      .from(schema.users)
      .where(inArray(schema.users.id, [...new Set(ids)]));
    // No saved preference means Russian, the desk's first language.
    const people = new Map(users.map((u) => [u.id, { ...u, language: u.language ?? ("ru" as const) }]));
    const action = asProblemEventName(event.action);
    const recipients = pickProblemRecipients({
      event: { action, actorId: event.actorId, changes: event.changes },
      problem,
      watcherIds: watchers.map((w) => w.id),
      people,
    });
    if (recipients.length === 0) return;
    const kind = `problem.${action}`;
    const [already] = await tx.db
      .select({ id: schema.notifications.id })
      .from(schema.notifications)
      .where(and(eq(schema.notifications.kind, kind), sql`${schema.notifications.data}->>'eventId' = ${String(eventId)}`))
      .limit(1);
    if (already) return;

    const data = event.data ?? {};
    const number = problemNumber(problem.number);
    const facts: ProblemMailFacts = {
      number,
      title: problem.title,
      action,
      actorName: event.actorId ? (people.get(event.actorId)?.name ?? null) : null,
      workaround: problem.workaround,
      rootCause: problem.rootCause,
      solution: problem.solution,
      ticketNumber: typeof data.ticketNumber === "number" ? `HD-${data.ticketNumber}` : null,
      minutes: typeof data.minutes === "number" ? data.minutes : null,
      resolvedTickets: Array.isArray(data.resolvedTickets) ? data.resolvedTickets.map((n) => `HD-${n}`) : undefined,
    };
    await tx.db.insert(schema.notifications).values(
      recipients.map((r) => ({
        userId: r.userId,
        ticketId: null,
        kind,
        data: { eventId, problemId: problem.id, problemNumber: number, title: problem.title, actorName: facts.actorName },
      })),
    );
    const appUrl = config.appUrl();
    const mails = recipients.map((r) => {
      const person = people.get(r.userId)!;
      const mail = renderProblemMail({ facts, reader: { language: person.language, reason: r.reason }, appUrl });
      return { toEmail: person.email, userId: r.userId, ticketId: null, language: person.language, ...mail };
    });
    const rows = await tx.db.insert(schema.mailLog).values(mails).returning({ id: schema.mailLog.id });
    for (const row of rows) await enqueue(tx, "mail.send", { mailId: row.id });
  });
}
