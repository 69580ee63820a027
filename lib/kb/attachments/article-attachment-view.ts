import type { schema } from "@/db/client";

type Row = typeof schema.articleAttachments.$inferSelect;

/** What the editor and the API see of an article's file: enough to link to it, never where it is stored. */
export type ArticleAttachmentView = { id: string; articleId: string; url: string; fileName: string; contentType: string; size: number };

export function articleAttachmentUrl(articleId: string, attachmentId: string): string {
  return `/api/v1/articles/${articleId}/attachments/${attachmentId}`;
}

export function toArticleAttachmentView(row: Row): ArticleAttachmentView {
  return {
    id: row.id,
    articleId: row.articleId,
    url: articleAttachmentUrl(row.articleId, row.id),
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
  };
}
