import { eq } from "drizzle-orm";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { articleCommand, diff, recordArticleEvent } from "./article-command";

const { articles } = schema;

/** The author asks for review: a draft goes to in_review; a published article's pending edit is marked submitted. */
export async function submitArticle(actor: CurrentUser, id: string) {
  return articleCommand(actor, id, "submit", async (tx, article) => {
    const patch: Partial<typeof articles.$inferInsert> =
      article.status === "published" ? { draftSubmittedAt: new Date() } : { status: "in_review" };
    await tx.db
      .update(articles)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, actor.id, { action: "submitted", changes: diff(article, patch) });
  });
}
