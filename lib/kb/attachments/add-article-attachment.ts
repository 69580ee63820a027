import { schema } from "@/db/client";
import { cleanFileName } from "@/lib/attachments/file-name";
import { discardAttachmentBytes, writeAttachmentBytes } from "@/lib/attachments/storage";
import { checkAttachmentBytes } from "@/lib/attachments/upload";
import type { CurrentUser } from "@/lib/auth/current-user";
import { articleCommand, recordArticleEvent } from "../article-command";
import { type ArticleAttachmentView, toArticleAttachmentView } from "./article-attachment-view";

export type NewArticleAttachment = { fileName: string; bytes: Uint8Array };

/**
 * Attaches an image or a file to an article, for whoever may edit it (the author or a knowledge editor;
 * someone who cannot see the article is told it does not exist). The file types and the size limit are the
 * ticket attachments' own, decided by the bytes. The rules are asked before anything is written: the bytes
 * go to the store inside the article's transaction, and are discarded if the row cannot be written.
 */
export async function addArticleAttachment(
  actor: CurrentUser,
  articleId: string,
  input: NewArticleAttachment,
): Promise<ArticleAttachmentView> {
  const contentType = checkAttachmentBytes(input.bytes);
  const fileName = cleanFileName(input.fileName);
  let storageKey: string | null = null;
  try {
    return await articleCommand(actor, articleId, "update", async (tx, article) => {
      // Keys are `<article uuid>/<uuid>`: the store's own key shape, so its path checks hold for articles too.
      storageKey = await writeAttachmentBytes(article.id, input.bytes);
      const [row] = await tx.db
        .insert(schema.articleAttachments)
        .values({ articleId: article.id, fileName, contentType, size: input.bytes.length, storageKey, uploadedById: actor.id })
        .returning();
      // A file alone changes nothing readers search for; the Markdown that links to it does, when saved.
      await recordArticleEvent(tx, article.id, actor.id, {
        action: "attachment_added",
        data: { attachmentId: row.id, fileName },
        reindex: false,
      });
      return toArticleAttachmentView(row);
    });
  } catch (error) {
    if (storageKey) await discardAttachmentBytes(storageKey);
    throw error;
  }
}
