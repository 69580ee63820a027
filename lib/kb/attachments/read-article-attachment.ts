import { and, eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { readAttachmentBytes } from "@/lib/attachments/storage";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/is-uuid";
import { factsOf } from "../article-command";
import { checkArticle } from "../article-rules";
import { type ArticleAttachmentView, toArticleAttachmentView } from "./article-attachment-view";

/**
 * One file of an article, for whoever may read the article (a requester: only once it is published and
 * public; IT staff: always). Anyone else, and any id that does not belong to that article, gets "not found".
 */
export async function readArticleAttachment(
  viewer: CurrentUser,
  articleId: string,
  attachmentId: string,
): Promise<ArticleAttachmentView & { bytes: Buffer }> {
  if (!isUuid(articleId) || !isUuid(attachmentId)) throw new AppError("not_found", "Attachment not found");
  const { articles, articleAttachments } = schema;
  const [row] = await getDb()
    .select({ attachment: articleAttachments, article: articles })
    .from(articleAttachments)
    .innerJoin(articles, eq(articles.id, articleAttachments.articleId))
    .where(and(eq(articleAttachments.id, attachmentId), eq(articleAttachments.articleId, articleId)));
  if (!row || !checkArticle(factsOf(row.article), viewer, "view").ok) throw new AppError("not_found", "Attachment not found");
  const bytes = await readAttachmentBytes(row.attachment.storageKey);
  if (!bytes) throw new AppError("not_found", "The file of this attachment is missing from the store");
  return { ...toArticleAttachmentView(row.attachment), bytes };
}
