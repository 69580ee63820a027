import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { articleCommand, diff, recordArticleEvent } from "./article-command";
import { restoreVersionInput } from "./schemas";

const { articles, articleVersions } = schema;

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
    await tx.db
      .update(articles)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(articles.id, article.id));
    await recordArticleEvent(tx, article.id, actor.id, {
      action: "version_restored",
      changes: diff(article, patch),
      data: { version: version.number },
    });
  });
}
