import { desc, eq } from "drizzle-orm";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { articleCommand, diff, recordArticleEvent } from "./article-command";
import { nextReviewDue } from "./review-date";

const { articles, articleVersions } = schema;

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
    const patch = {
      title,
      body,
      status: "published" as const,
      draftTitle: null,
      draftBody: null,
      draftSubmittedAt: null,
      publishedAt: now,
      reviewDueAt,
    };
    await tx.db
      .update(articles)
      .set({ ...patch, updatedAt: now })
      .where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, actor.id, {
      action: "published",
      changes: diff(article, patch),
      data: { version: version.number },
    });
    return version;
  });
}
