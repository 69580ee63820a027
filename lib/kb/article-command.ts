import { eq, sql } from "drizzle-orm";
import { schema, type Tx, withTransaction } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/is-uuid";
import { enqueue } from "@/lib/jobs/queue";
import { type ArticleEventName, isNotifiedArticleEvent } from "./article-events";
import { type ArticleAction, type ArticleFacts, checkArticle } from "./article-rules";

export type ArticleRow = typeof schema.articles.$inferSelect;

export function factsOf(row: ArticleRow): ArticleFacts {
  return {
    status: row.status,
    visibility: row.visibility,
    authorId: row.authorId,
    ownerId: row.ownerId,
    hasPendingEdit: row.draftTitle !== null || row.draftBody !== null,
    pendingSubmitted: row.draftSubmittedAt !== null,
  };
}

/**
 * Records a change of an article: the audit event, the job that tells people of a review step (submitted,
 * sent back, published) and, when it changes what search shows, a re-index — all in the caller's transaction,
 * so the side effects exist exactly when the change does. Returns the event id.
 */
export async function recordArticleEvent(
  tx: Tx,
  articleId: string,
  actorId: string,
  event: {
    action: ArticleEventName;
    changes?: Record<string, { from?: unknown; to?: unknown }>;
    data?: Record<string, unknown>;
    reindex?: boolean;
  },
): Promise<number> {
  const [row] = await tx.db
    .insert(schema.auditEvents)
    .values({ actorId, entityType: "article", entityId: articleId, action: event.action, changes: event.changes, data: event.data })
    .returning({ id: schema.auditEvents.id });
  if (isNotifiedArticleEvent(event.action)) await enqueue(tx, "notify.article", { eventId: row.id });
  if (event.reindex !== false) {
    // Several changes in a row collapse into one re-index; the row locked to the commit, as for tickets
    // (lib/tickets/ticket-command.ts), so a waiting job that takes this change reads it after the commit.
    await tx.db.execute(sql`select 1 from ${schema.articles} where ${schema.articles.id} = ${articleId} for update`);
    await enqueue(tx, "search.index", { kind: "article", id: articleId }, { singletonKey: `article:${articleId}` });
  }
  return row.id;
}

/**
 * The frame of every article command: one transaction, the article locked, the rules asked, then the work.
 * An article the actor cannot see is "not found"; a wrong stage is a 409 with the reason.
 */
export async function articleCommand<T>(
  actor: CurrentUser,
  id: string,
  action: ArticleAction,
  work: (tx: Tx, article: ArticleRow) => Promise<T>,
): Promise<T> {
  return withTransaction(async (tx) => {
    const [article] = isUuid(id) ? await tx.db.select().from(schema.articles).where(eq(schema.articles.id, id)).for("update") : [];
    if (!article) throw new AppError("not_found", "Article not found");
    const check = checkArticle(factsOf(article), actor, action);
    if (!check.ok) {
      throw new AppError(
        check.reason === "not_visible" ? "not_found" : check.reason === "forbidden" ? "forbidden" : "conflict",
        check.message,
      );
    }
    return work(tx, article);
  });
}

/** Field-by-field what changed, for the audit trail. */
export function diff(before: Record<string, unknown>, patch: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(patch)) {
    const from = before[key];
    const same =
      Array.isArray(from) && Array.isArray(to)
        ? JSON.stringify(from) === JSON.stringify(to)
        : from instanceof Date && to instanceof Date
          ? from.getTime() === to.getTime()
          : from === to;
    if (!same && key !== "updatedAt") changes[key] = { from: from ?? null, to: to ?? null };
  }
  return changes;
}
