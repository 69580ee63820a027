import { and, eq, inArray, sql } from "drizzle-orm";
import { schema, type TxDb, withTransaction } from "@/db/client";
import { config } from "@/lib/config";
import { enqueue } from "@/lib/jobs/queue";
import { isNotifiedArticleEvent } from "@/lib/kb/article-events";
import { loadArticleEvent } from "./load-article-event";
import { type ArticleRecipient, pickArticleRecipients } from "./pick-article-recipients";
import { type ArticleMailFacts, renderArticleMail } from "./render-article-mail";

/** A job may run twice (a retry after a crash past the commit): the event's rows then exist already. */
async function alreadyNotified(db: TxDb, eventId: number, kind: string, recipients: ArticleRecipient[]): Promise<boolean> {
  const [row] = await db
    .select({ id: schema.notifications.id })
    .from(schema.notifications)
    .where(
      and(
        inArray(
          schema.notifications.userId,
          recipients.map((r) => r.userId),
        ),
        eq(schema.notifications.kind, kind),
        sql`${schema.notifications.data}->>'eventId' = ${String(eventId)}`,
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * Tells the people concerned about one review step of a knowledge-base article (submitted, sent back,
 * published): a bell notification and a mail each, in their language. As for tickets, the notification rows,
 * the mail log rows and one `mail.send` job per mail are written in one transaction; sending is its own job,
 * retried while the SMTP server is down.
 */
export async function notifyArticleEvent({ eventId }: { eventId: number }): Promise<void> {
  await withTransaction(async (tx) => {
    // Two runs of the same job wait for each other here; the second then finds the first one's rows.
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`notify.article:${eventId}`}, 0))`);
    const context = await loadArticleEvent(tx.db, eventId);
    // Only the review steps are told of (recordArticleEvent queues no other).
    if (!context || !isNotifiedArticleEvent(context.event.action)) return;
    const { article, editorIds, people } = context;
    const event = { ...context.event, action: context.event.action };
    const recipients = pickArticleRecipients({ event, article, editorIds, people });
    const kind = `article.${event.action}`;
    if (recipients.length === 0 || (await alreadyNotified(tx.db, eventId, kind, recipients))) return;

    const comment = typeof event.data?.comment === "string" ? event.data.comment : undefined;
    const facts: ArticleMailFacts = {
      articleId: article.id,
      action: event.action,
      // A pending edit under review is told by its own title; after publishing there is none left.
      title: article.draftTitle ?? article.title,
      actorName: event.actorId ? (people.get(event.actorId)?.name ?? null) : null,
      comment,
    };
    await tx.db.insert(schema.notifications).values(
      recipients.map((r) => ({
        userId: r.userId,
        // Not a ticket's: the bell reads the article from the data.
        ticketId: null,
        kind,
        data: { eventId, articleId: article.id, title: facts.title, actorName: facts.actorName, ...(comment ? { comment } : {}) },
      })),
    );

    const appUrl = config.appUrl();
    const mails = recipients.map((r) => {
      const person = people.get(r.userId)!;
      const mail = renderArticleMail({ facts, reader: { language: person.language, reason: r.reason }, appUrl });
      return { toEmail: person.email, userId: r.userId, ticketId: null, language: person.language, ...mail };
    });
    const rows = await tx.db.insert(schema.mailLog).values(mails).returning({ id: schema.mailLog.id });
    for (const row of rows) await enqueue(tx, "mail.send", { mailId: row.id });
  });
}
