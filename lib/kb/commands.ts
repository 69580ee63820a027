import { and, desc, eq } from "drizzle-orm";
import type { z } from "zod";
import { schema, withTransaction, type Tx } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { itStaffRoles } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { articleCommand, diff, recordArticleEvent, type ArticleRow } from "./article-command";
import { mayCreateArticle } from "./article-rules";
import { archiveInput, createArticleInput, feedbackInput, restoreVersionInput, sendBackInput, updateArticleInput } from "./schemas";

const { articles, articleVersions, articleFeedback, categories, tickets, ticketArticles } = schema;

async function assertCategory(tx: Tx, categoryId: string | null | undefined) {
  if (!categoryId) return;
  const [row] = await tx.db.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId));
  if (!row) throw new AppError("invalid_input", "Some fields are not valid", { categoryId: "No such category" });
}

/** A translation links two articles in different languages; the link is stored on one side and read both ways. */
async function assertTranslation(tx: Tx, translationOfId: string | null | undefined, language: "ru" | "en", selfId?: string) {
  if (!translationOfId) return;
  const invalid = (message: string) => new AppError("invalid_input", "Some fields are not valid", { translationOfId: message });
  if (translationOfId === selfId) throw invalid("An article cannot translate itself");
  const [other] = await tx.db.select({ language: articles.language }).from(articles).where(eq(articles.id, translationOfId));
  if (!other) throw invalid("No such article");
  if (other.language === language) throw invalid("A translation is in the other language");
}

/** An owner keeps an article true, so they must be IT staff. */
async function assertOwner(tx: Tx, ownerId: string | undefined) {
  if (!ownerId) return;
  const [row] = await tx.sql<{ staff: boolean }[]>`
    select exists (select 1 from user_roles r join users u on u.id = r.user_id
      where r.user_id = ${ownerId} and u.active and r.role::text = any(${[...itStaffRoles]}::text[])) as staff`;
  if (!row?.staff) throw new AppError("invalid_input", "Some fields are not valid", { ownerId: "Choose an active IT staff member" });
}

/** How long a published article stays fresh before it is flagged for review. */
export const REVIEW_INTERVAL_MONTHS = 12;

export function nextReviewDue(from: Date): Date {
  const due = new Date(from);
  due.setMonth(due.getMonth() + REVIEW_INTERVAL_MONTHS);
  return due;
}

/** A new draft, written by IT staff; `sourceTicketId` links it to the ticket it was captured from. */
export async function createArticle(actor: CurrentUser, raw: z.input<typeof createArticleInput>): Promise<ArticleRow> {
  if (!mayCreateArticle(actor)) throw new AppError("forbidden", "Only IT staff can do this");
  const input = createArticleInput.parse(raw);
  return withTransaction((tx) => insertArticle(tx, actor, input));
}

/**
 * The draft itself, its link to the source ticket and its audit event, inside the caller's transaction (so a
 * capture can write the article and the ticket's event together).
 */
export async function insertArticle(tx: Tx, actor: CurrentUser, input: z.infer<typeof createArticleInput>): Promise<ArticleRow> {
  await assertCategory(tx, input.categoryId);
  await assertTranslation(tx, input.translationOfId, input.language);
  await assertOwner(tx, input.ownerId);
  if (input.sourceTicketId) {
    const [ticket] = await tx.db.select({ id: tickets.id }).from(tickets).where(eq(tickets.id, input.sourceTicketId));
    if (!ticket) throw new AppError("invalid_input", "Some fields are not valid", { sourceTicketId: "Ticket not found" });
  }
  const [article] = await tx.db
    .insert(articles)
    .values({
      title: input.title,
      body: input.body,
      categoryId: input.categoryId ?? null,
      tags: input.tags ?? [],
      visibility: input.visibility,
      language: input.language,
      authorId: actor.id,
      ownerId: input.ownerId ?? actor.id,
      translationOfId: input.translationOfId ?? null,
      reviewDueAt: input.reviewDueAt ?? null,
      status: "draft",
    })
    .returning();
  if (input.sourceTicketId) {
    await tx.db.insert(ticketArticles).values({ ticketId: input.sourceTicketId, articleId: article.id, relation: "captured" });
  }
  await recordArticleEvent(tx, article.id, actor.id, {
    action: "created",
    data: { title: article.title, visibility: article.visibility, ...(input.sourceTicketId ? { sourceTicketId: input.sourceTicketId } : {}) },
  });
  return article;
}

/**
 * Edits an article. Before its first publish the edit is the article itself (and an article in review goes
 * back to draft). Once published, title and body edits go to draftTitle/draftBody: readers keep seeing the
 * live version until an editor publishes the edit. Category, tags, visibility and language are not part of
 * a version and apply at once.
 */
export async function updateArticle(actor: CurrentUser, id: string, raw: z.input<typeof updateArticleInput>) {
  const input = updateArticleInput.parse(raw);
  return articleCommand(actor, id, "update", async (tx, article) => {
    if (input.categoryId !== undefined) await assertCategory(tx, input.categoryId);
    if (input.translationOfId !== undefined || input.language !== undefined) {
      await assertTranslation(tx, input.translationOfId ?? article.translationOfId, input.language ?? article.language, article.id);
    }
    await assertOwner(tx, input.ownerId);
    const meta = {
      ...(input.categoryId !== undefined ? { categoryId: input.categoryId } : {}),
      ...(input.tags !== undefined ? { tags: input.tags } : {}),
      ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
      ...(input.language !== undefined ? { language: input.language } : {}),
      ...(input.translationOfId !== undefined ? { translationOfId: input.translationOfId } : {}),
      ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
      ...(input.reviewDueAt !== undefined ? { reviewDueAt: input.reviewDueAt } : {}),
    };
    let patch: Partial<typeof articles.$inferInsert>;
    if (article.status === "published") {
      const contentEdited = input.title !== undefined || input.body !== undefined;
      patch = {
        ...meta,
        ...(contentEdited
          ? { draftTitle: input.title ?? article.draftTitle ?? article.title, draftBody: input.body ?? article.draftBody ?? article.body, draftSubmittedAt: null }
          : {}),
      };
    } else {
      patch = { ...meta, ...(input.title !== undefined ? { title: input.title } : {}), ...(input.body !== undefined ? { body: input.body } : {}), status: "draft" };
    }
    await tx.db.update(articles).set({ ...patch, updatedAt: new Date() }).where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, actor.id, { action: "updated", changes: diff(article, patch) });
  });
}

/** The author asks for review: a draft goes to in_review; a published article's pending edit is marked submitted. */
export async function submitArticle(actor: CurrentUser, id: string) {
  return articleCommand(actor, id, "submit", async (tx, article) => {
    const patch: Partial<typeof articles.$inferInsert> = article.status === "published" ? { draftSubmittedAt: new Date() } : { status: "in_review" };
    await tx.db.update(articles).set({ ...patch, updatedAt: new Date() }).where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, actor.id, { action: "submitted", changes: diff(article, patch) });
  });
}

/** An editor publishes: the content becomes live and is kept as the next immutable version. */
export async function publishArticle(actor: CurrentUser, id: string) {
  return articleCommand(actor, id, "publish", async (tx, article) => {
    const title = article.draftTitle ?? article.title;
    const body = article.draftBody ?? article.body;
    const [last] = await tx.db
      .select({ number: articleVersions.number })
      .from(articleVersions)
      .where(eq(articleVersions.articleId, article.id))
      .orderBy(desc(articleVersions.number))
      .limit(1);
    const now = new Date();
    const [version] = await tx.db
      .insert(articleVersions)
      .values({ articleId: article.id, number: (last?.number ?? 0) + 1, title, body, publishedBy: actor.id, publishedAt: now })
      .returning();
    // Publishing is a review: a missing or passed review date moves a full interval on; a future one is kept.
    const reviewDueAt = article.reviewDueAt && article.reviewDueAt > now ? article.reviewDueAt : nextReviewDue(now);
    const patch = { title, body, status: "published" as const, draftTitle: null, draftBody: null, draftSubmittedAt: null, publishedAt: now, reviewDueAt };
    await tx.db.update(articles).set({ ...patch, updatedAt: now }).where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, actor.id, { action: "published", changes: diff(article, patch), data: { version: version.number } });
    return version;
  });
}

/** An editor returns an article (or a published article's pending edit) in review to its author, with a comment. */
export async function sendBack(actor: CurrentUser, id: string, raw: z.input<typeof sendBackInput>) {
  const input = sendBackInput.parse(raw);
  return articleCommand(actor, id, "sendBack", async (tx, article) => {
    const patch: Partial<typeof articles.$inferInsert> = article.status === "published" ? { draftSubmittedAt: null } : { status: "draft" };
    await tx.db.update(articles).set({ ...patch, updatedAt: new Date() }).where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, actor.id, { action: "sent_back", changes: diff(article, patch), data: { comment: input.comment } });
  });
}

/** An editor archives an article, giving a reason; a pending edit is dropped (its text stays in the audit trail). */
export async function archiveArticle(actor: CurrentUser, id: string, raw: z.input<typeof archiveInput>) {
  const input = archiveInput.parse(raw);
  return articleCommand(actor, id, "archive", async (tx, article) => {
    const patch = { status: "archived" as const, draftTitle: null, draftBody: null, draftSubmittedAt: null };
    await tx.db.update(articles).set({ ...patch, updatedAt: new Date() }).where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, actor.id, { action: "archived", changes: diff(article, patch), data: { reason: input.reason } });
  });
}

/**
 * An earlier version becomes a new draft: on a published article the pending edit (the live version stays),
 * otherwise the article itself, back in draft (an archived article comes back this way).
 */
export async function restoreVersion(actor: CurrentUser, id: string, raw: z.input<typeof restoreVersionInput>) {
  const input = restoreVersionInput.parse(raw);
  return articleCommand(actor, id, "restoreVersion", async (tx, article) => {
    const [version] = await tx.db
      .select()
      .from(articleVersions)
      .where(and(eq(articleVersions.articleId, article.id), eq(articleVersions.number, input.number)));
    if (!version) throw new AppError("invalid_input", "Some fields are not valid", { number: "Not a version of this article" });
    const patch: Partial<typeof articles.$inferInsert> =
      article.status === "published"
        ? { draftTitle: version.title, draftBody: version.body, draftSubmittedAt: null }
        : { title: version.title, body: version.body, status: "draft" };
    await tx.db.update(articles).set({ ...patch, updatedAt: new Date() }).where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, actor.id, { action: "version_restored", changes: diff(article, patch), data: { version: version.number } });
  });
}

/** "Was this helpful?" from anyone who may read the published article. */
export async function recordFeedback(actor: CurrentUser, id: string, raw: z.input<typeof feedbackInput>) {
  const input = feedbackInput.parse(raw);
  return articleCommand(actor, id, "feedback", async (tx, article) => {
    const [row] = await tx.db
      .insert(articleFeedback)
      .values({ articleId: article.id, userId: actor.id, helpful: input.helpful, comment: input.comment || null })
      .returning();
    // Feedback does not change what search shows.
    await recordArticleEvent(tx, article.id, actor.id, { action: "feedback", data: { helpful: input.helpful }, reindex: false });
    return row;
  });
}
