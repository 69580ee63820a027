import { and, asc, count, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { type Db, schema } from "@/db/client";
import type { SeedIds } from "./seed";

const DAY = 24 * 3600_000;
const { articles, articleVersions, articleFeedback, auditEvents, ticketArticles, tickets } = schema;

/** The article with a history: an older v1, today's text as v2, and an edit waiting for review. */
export const HISTORY_ARTICLE = "kb-password-reset";

// v1 said 8 characters and had no step about other devices; v2 is the seed text.
const olderText = (body: string) =>
  body.replace("не короче 10 символов", "не короче 8 символов").replace(/\n4\. Обновите пароль на всех устройствах[^\n]*/, "");
// The pending edit: a note on the password manager and the lock-out time corrected.
const editedText = (body: string) =>
  body
    .replace("блокируется на 30 минут", "блокируется на 15 минут")
    .replace(
      "## Если пароль забыт",
      "> Не записывайте пароль на стикерах у монитора: для служебных паролей есть менеджер паролей KeePassXC.\n\n## Если пароль забыт",
    );

// Votes per article: [helpful, not helpful] and a comment for some "no" votes, so each attention reason shows.
const votes: Record<string, { yes: number; no: number; comments?: string[] }> = {
  "kb-password-reset": { yes: 7, no: 1 },
  "kb-mfp-paper-jam": { yes: 5, no: 0 },
  "kb-wifi-okb-staff": { yes: 4, no: 1 },
  "kb-cartridge-replace": { yes: 3, no: 0 },
  "kb-scan-to-folder": { yes: 1, no: 4, comments: ["Нет пункта про сканирование в PDF", "Папка на сервере называется иначе"] },
  "kb-lost-access-card": { yes: 2, no: 3, comments: ["Бюро пропусков переехало в корпус 2"] },
};

// Tickets that used an article; `rejectedAfter`: how many of them (reopened ones first) were rejected afterwards.
const uses: Record<string, { n: number; rejectedAfter?: number }> = {
  "kb-mis-slow": { n: 4, rejectedAfter: 2 },
  "kb-print-quality": { n: 5, rejectedAfter: 1 },
  "kb-wifi-okb-staff": { n: 4 },
  "kb-password-reset": { n: 3 },
  "kb-ip-phone-basics": { n: 3 },
  "kb-cartridge-replace": { n: 2 },
  "kb-lab-results-missing": { n: 2 },
  "kb-ecp-renewal": { n: 2 },
};

/**
 * What the review pages need to show real content: a version 1 for every published (or archived) article,
 * one article with two versions and an edit in review, a review trail on the articles in review, votes,
 * views and ticket uses. Idempotent: each part is written only where it is missing.
 */
export async function seedKnowledgeReview(db: Db, ids: SeedIds): Promise<void> {
  const editor = ids.users.get("editor")!;
  // Only the seed's own articles (they have a key): tests may have left others in the same database.
  const rows = await db
    .select()
    .from(articles)
    .where(and(inArray(articles.status, ["published", "archived", "in_review"]), isNotNull(articles.key)));
  const byKey = new Map(rows.map((r) => [r.key!, r]));

  for (const article of rows.filter((r) => r.status !== "in_review")) {
    const publishedAt = article.publishedAt ?? article.updatedAt;
    const versions =
      article.key === HISTORY_ARTICLE
        ? [
            { number: 1, title: article.title, body: olderText(article.body), publishedAt: new Date(publishedAt.getTime() - 150 * DAY) },
            { number: 2, title: article.title, body: article.body, publishedAt },
          ]
        : [{ number: 1, title: article.title, body: article.body, publishedAt }];
    await db
      .insert(articleVersions)
      .values(versions.map((v) => ({ ...v, articleId: article.id, publishedBy: editor })))
      .onConflictDoNothing();
  }

  await seedHistoryStory(db, ids, byKey.get(HISTORY_ARTICLE));
  for (const article of rows.filter((r) => r.status === "in_review")) await seedSubmission(db, ids, article);

  // Views: a plausible, fixed number per article (only where nobody has viewed it yet).
  for (const article of rows.filter((r) => r.status === "published" && r.views === 0)) {
    const views = 20 + ([...article.key!].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 9973, 7) % 380);
    await db
      .update(articles)
      .set({ views })
      .where(and(eq(articles.id, article.id), eq(articles.views, 0)));
  }

  const voters = [...ids.users.entries()].filter(([key]) => key.endsWith("@hospital.local")).map(([, id]) => id);
  for (const [key, plan] of Object.entries(votes)) {
    const article = byKey.get(key);
    if (!article) continue;
    const [{ n }] = await db.select({ n: count() }).from(articleFeedback).where(eq(articleFeedback.articleId, article.id));
    if (n > 0) continue;
    const base = (article.publishedAt ?? article.updatedAt).getTime();
    const rowsToInsert = [...Array(plan.yes).fill(true), ...Array(plan.no).fill(false)].map((helpful: boolean, i) => ({
      articleId: article.id,
      userId: voters[i % voters.length],
      helpful,
      comment: helpful ? null : (plan.comments?.[i - plan.yes] ?? null),
      createdAt: new Date(base + (i + 1) * 2 * DAY),
    }));
    await db.insert(articleFeedback).values(rowsToInsert);
  }

  for (const [key, plan] of Object.entries(uses)) {
    const article = byKey.get(key);
    if (article?.categoryId) await seedUses(db, article, plan);
  }
}

type ArticleRow = typeof articles.$inferSelect;

/** The history article: v1 and v2 published by the editor, then an edit by its author, sent back once and resubmitted. */
async function seedHistoryStory(db: Db, ids: SeedIds, article: ArticleRow | undefined): Promise<void> {
  if (!article || (await hasEvents(db, article.id))) return;
  const editor = ids.users.get("editor")!;
  // A specialist writes and owns it, so the story has an author and an editor who are not the same person.
  const author = ids.users.get("specialist")!;
  await db.update(articles).set({ authorId: author, ownerId: author }).where(eq(articles.id, article.id));
  const v2At = (article.publishedAt ?? article.updatedAt).getTime();
  const now = Date.now();
  const at = (t: number) => new Date(t);
  const entity = { entityType: "article", entityId: article.id };
  await db.insert(auditEvents).values([
    {
      ...entity,
      at: at(v2At - 160 * DAY),
      actorId: author,
      action: "created",
      data: { title: article.title, visibility: article.visibility },
    },
    { ...entity, at: at(v2At - 155 * DAY), actorId: author, action: "submitted" },
    { ...entity, at: at(v2At - 150 * DAY), actorId: editor, action: "published", data: { version: 1 } },
    { ...entity, at: at(v2At - 3 * DAY), actorId: author, action: "submitted" },
    { ...entity, at: at(v2At), actorId: editor, action: "published", data: { version: 2 } },
    { ...entity, at: at(now - 5 * DAY), actorId: author, action: "submitted" },
    {
      ...entity,
      at: at(now - 4 * DAY),
      actorId: editor,
      action: "sent_back",
      data: { comment: "Укажите, сколько длится блокировка сейчас: с осени это 15 минут, а не 30." },
    },
    { ...entity, at: at(now - 2 * DAY), actorId: author, action: "submitted" },
  ]);
  await db
    .update(articles)
    .set({ draftTitle: article.title, draftBody: editedText(article.body), draftSubmittedAt: at(now - 2 * DAY) })
    .where(and(eq(articles.id, article.id), isNull(articles.draftTitle)));
}

/** A new article in review: created, submitted; every other one was sent back once with a comment first. */
async function seedSubmission(db: Db, ids: SeedIds, article: ArticleRow): Promise<void> {
  if (await hasEvents(db, article.id)) return;
  const editor = ids.users.get("editor")!;
  const t = article.updatedAt.getTime();
  const entity = { entityType: "article", entityId: article.id };
  const sentBack = article.title.length % 2 === 0;
  await db.insert(auditEvents).values([
    {
      ...entity,
      at: new Date(t - 6 * DAY),
      actorId: article.authorId,
      action: "created",
      data: { title: article.title, visibility: article.visibility },
    },
    ...(sentBack
      ? [
          { ...entity, at: new Date(t - 5 * DAY), actorId: article.authorId, action: "submitted" },
          {
            ...entity,
            at: new Date(t - 4 * DAY),
            actorId: editor,
            action: "sent_back",
            data: { comment: "Добавьте снимки экрана с текстом ошибок, чтобы их было легче узнать." },
          },
        ]
      : []),
    { ...entity, at: new Date(t), actorId: article.authorId, action: "submitted" },
  ]);
}

async function hasEvents(db: Db, articleId: string): Promise<boolean> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "article"), eq(auditEvents.entityId, articleId)));
  return n > 0;
}

/**
 * Solved tickets of the article's category that used it: the link made when the solution was written.
 * For `rejectedAfter` of them (reopened tickets first), the requester rejected that solution a day later
 * before a second one closed the ticket; the others used it only in their final solution.
 */
async function seedUses(db: Db, article: ArticleRow, plan: { n: number; rejectedAfter?: number }): Promise<void> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(ticketArticles)
    .where(and(eq(ticketArticles.articleId, article.id), eq(ticketArticles.relation, "used")));
  if (n > 0) return;
  const candidates = await db
    .select({ id: tickets.id, resolvedAt: tickets.resolvedAt, reopenCount: tickets.reopenCount, requesterId: tickets.requesterId })
    .from(tickets)
    .where(and(eq(tickets.categoryId, article.categoryId!), inArray(tickets.status, ["resolved", "closed"])))
    .orderBy(asc(tickets.number));
  // Only tickets solved after the article was published can have used it.
  const pool = candidates.filter((c) => c.resolvedAt && c.resolvedAt > (article.publishedAt ?? article.createdAt));
  const chosen = [...pool.filter((c) => c.reopenCount > 0), ...pool.filter((c) => c.reopenCount === 0)].slice(0, plan.n);
  for (const [i, ticket] of chosen.entries()) {
    const resolvedAt = ticket.resolvedAt!.getTime();
    // Only a ticket that was reopened can have had a solution rejected.
    const rejected = i < (plan.rejectedAfter ?? 0) && ticket.reopenCount > 0;
    await db
      .insert(ticketArticles)
      .values({
        ticketId: ticket.id,
        articleId: article.id,
        relation: "used",
        createdAt: new Date(rejected ? resolvedAt - 2 * DAY : resolvedAt),
      })
      .onConflictDoNothing();
    if (rejected) {
      await db.insert(auditEvents).values({
        entityType: "ticket",
        entityId: ticket.id,
        at: new Date(resolvedAt - DAY),
        actorId: ticket.requesterId,
        action: "rejected",
        changes: { status: { from: "resolved", to: "in_progress" } },
        data: { complaint: "Не помогло: проблема повторилась на следующий день" },
      });
    }
  }
}
