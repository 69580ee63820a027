import { and, eq, inArray, sql } from "drizzle-orm";
import { schema, type TxDb, withTransaction } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { config } from "@/lib/config";
import { enqueue } from "@/lib/jobs/queue";
import { getSetting } from "@/lib/settings/settings";
import { buildEventFacts } from "./build-event-facts";
import { type AuditEvent, loadEventContext } from "./load-event-context";
import { pickRecipients, type Recipient } from "./pick-recipients";
import { renderTicketMail } from "./render-ticket-mail";

/**
 * A status change a remark caused in the same command (the requester's answer puts a waiting ticket back
 * to work; the assignee's first remark starts it) is told through that remark's mail, which shows the new
 * status: one mail per thing a person did, not two. Same transaction means the same `at` (now() is the
 * transaction's start), the same actor and ticket.
 */
async function followsRemark(db: TxDb, event: AuditEvent): Promise<boolean> {
  if ((event.action !== "answered" && event.action !== "started") || !event.actorId) return false;
  const [remark] = await db
    .select({ id: schema.auditEvents.id })
    .from(schema.auditEvents)
    .where(
      and(
        eq(schema.auditEvents.entityType, "ticket"),
        eq(schema.auditEvents.entityId, event.entityId),
        eq(schema.auditEvents.action, "remarked"),
        eq(schema.auditEvents.actorId, event.actorId),
        // Compared in the database: a JS Date would drop the microseconds of the stored time.
        sql`${schema.auditEvents.at} = (select e.at from ${schema.auditEvents} e where e.id = ${event.id})`,
      ),
    )
    .limit(1);
  return Boolean(remark);
}

/** A job may run twice (a retry after a crash past the commit): the event's rows then exist already. */
async function alreadyNotified(db: TxDb, event: AuditEvent, recipients: Recipient[]): Promise<boolean> {
  const [row] = await db
    .select({ id: schema.notifications.id })
    .from(schema.notifications)
    .where(
      and(
        inArray(
          schema.notifications.userId,
          recipients.map((r) => r.userId),
        ),
        eq(schema.notifications.kind, event.action),
        sql`${schema.notifications.data}->>'eventId' = ${String(event.id)}`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * Tells the people concerned about one audit event of a ticket: a bell notification and a mail each, in
 * their language. The notification rows, the mail log rows and one `mail.send` job per mail are written in
 * one transaction, so a mail is queued exactly when its notification exists; sending happens in its own job,
 * retried while the SMTP server is down.
 */
export async function notifyTicketEvent({ eventId }: { eventId: number }): Promise<void> {
  await withTransaction(async (tx) => {
    // Two runs of the same job wait for each other here; the second then finds the first one's rows.
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`notify.ticket:${eventId}`}, 0))`);
    const context = await loadEventContext(tx.db, eventId);
    if (!context || (await followsRemark(tx.db, context.event))) return;
    const { event, ticket, people } = context;
    const recipients = pickRecipients({ event, ticket, watcherIds: context.watcherIds, dispatcherIds: context.dispatcherIds, people });
    if (recipients.length === 0 || (await alreadyNotified(tx.db, event, recipients))) return;

    const facts = buildEventFacts({ event, ticket, nameOf: (id) => people.get(id)?.name });
    await tx.db.insert(schema.notifications).values(
      recipients.map((r) => ({
        userId: r.userId,
        ticketId: ticket.id,
        kind: event.action,
        data: { eventId, ticketNumber: ticket.number, subject: ticket.subject, actorName: facts.actorName, status: facts.status },
      })),
    );

    const { timeZone } = await getSetting(tx.db, "businessHours");
    const appUrl = config.appUrl();
    const mails = recipients.map((r) => {
      const person = people.get(r.userId)!;
      const reader = { userId: r.userId, language: person.language, staff: can(person.roles, "tickets.internal.read"), reason: r.reason };
      const mail = renderTicketMail({ ticket, facts, reader, appUrl, timeZone });
      return { toEmail: person.email, userId: r.userId, ticketId: ticket.id, language: person.language, internal: facts.internal, ...mail };
    });
    const rows = await tx.db.insert(schema.mailLog).values(mails).returning({ id: schema.mailLog.id });
    for (const row of rows) await enqueue(tx, "mail.send", { mailId: row.id });
  });
}
