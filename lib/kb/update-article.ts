import { eq } from "drizzle-orm";
import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { assertCategory, assertOwner, assertTranslation } from "./article-checks";
import { articleCommand, diff, recordArticleEvent } from "./article-command";
import { updateArticleInput } from "./schemas";

const { articles } = schema;

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
          ? {
              draftTitle: input.title ?? article.draftTitle ?? article.title,
              draftBody: input.body ?? article.draftBody ?? article.body,
              draftSubmittedAt: null,
            }
          : {}),
      };
    } else {
      patch = {
        ...meta,
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.body !== undefined ? { body: input.body } : {}),
        status: "draft",
      };
    }
    await tx.db
      .update(articles)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, actor.id, { action: "updated", changes: diff(article, patch) });
  });
}
