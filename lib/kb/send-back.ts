import { eq } from "drizzle-orm";
import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { articleCommand, diff, recordArticleEvent } from "./article-command";
import { sendBackInput } from "./schemas";

const { articles } = schema;

/**
 * An editor returns an article (or a published article's pending edit) in review to its author, with a
 * comment; the comment lives in the audit event, which is where the review page reads its history from.
 */
export async function sendBack(actor: CurrentUser, id: string, raw: z.input<typeof sendBackInput>) {
  const input = sendBackInput.parse(raw);
  return articleCommand(actor, id, "sendBack", async (tx, article) => {
    const patch: Partial<typeof articles.$inferInsert> = article.status === "published" ? { draftSubmittedAt: null } : { status: "draft" };
    await tx.db
      .update(articles)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, actor.id, {
      action: "sent_back",
      changes: diff(article, patch),
      data: { comment: input.comment },
    });
  });
}
