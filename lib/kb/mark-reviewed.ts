import { eq } from "drizzle-orm";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { articleCommand, diff, recordArticleEvent } from "./article-command";
import { nextReviewDue } from "./review-date";

const { articles } = schema;

/**
 * The owner (or an editor) has checked a published article and it is still true: the review date moves a
 * full interval on from today, which clears the "stale" flag. The text is untouched, so no new version.
 */
export async function markReviewed(actor: CurrentUser, id: string) {
  return articleCommand(actor, id, "markReviewed", async (tx, article) => {
    const now = new Date();
    const patch = { reviewDueAt: nextReviewDue(now) };
    await tx.db.update(articles).set(patch).where(eq(articles.id, article.id));
    // The review date is not in the search document, so there is nothing to re-index.
    await recordArticleEvent(tx, article.id, actor.id, { action: "reviewed", changes: diff(article, patch), reindex: false });
    return patch;
  });
}
