import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { articleCommand, recordArticleEvent } from "./article-command";
import { feedbackInput } from "./schemas";

/** "Was this helpful?" from anyone who may read the published article. */
export async function recordFeedback(actor: CurrentUser, id: string, raw: z.input<typeof feedbackInput>) {
  const input = feedbackInput.parse(raw);
  return articleCommand(actor, id, "feedback", async (tx, article) => {
    const [row] = await tx.db
      .insert(schema.articleFeedback)
      .values({ articleId: article.id, userId: actor.id, helpful: input.helpful, comment: input.comment || null })
      .returning();
    // Feedback does not change what search shows.
    await recordArticleEvent(tx, article.id, actor.id, { action: "feedback", data: { helpful: input.helpful }, reindex: false });
    return row;
  });
}
