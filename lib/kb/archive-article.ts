import { eq } from "drizzle-orm";
import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { articleCommand, diff, recordArticleEvent } from "./article-command";
import { archiveInput } from "./schemas";

const { articles } = schema;

/** An editor archives an article, giving a reason; a pending edit is dropped (its text stays in the audit trail). */
export async function archiveArticle(actor: CurrentUser, id: string, raw: z.input<typeof archiveInput>) {
  const input = archiveInput.parse(raw);
  return articleCommand(actor, id, "archive", async (tx, article) => {
    const patch = { status: "archived" as const, draftTitle: null, draftBody: null, draftSubmittedAt: null };
    await tx.db
      .update(articles)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, actor.id, {
      action: "archived",
      changes: diff(article, patch),
      data: { reason: input.reason },
    });
  });
}
