import type { Attachment } from "mailparser";
import { schema, type Tx } from "@/db/client";
import { cleanFileName } from "@/lib/attachments/file-name";
import { discardAttachmentBytes, writeAttachmentBytes } from "@/lib/attachments/storage";
import { checkAttachmentBytes } from "@/lib/attachments/upload";
import { AppError } from "@/lib/errors";

export type CheckedFile = { fileName: string; contentType: string; bytes: Uint8Array };

/**
 * A mail's attachments through the same check as an upload (size, and by the bytes an image or a PDF). A file
 * that fails is not attached; its name and the reason are kept, so the ticket says what was left out.
 */
export function checkMailAttachments(attachments: readonly Attachment[]): {
  files: CheckedFile[];
  refused: { fileName: string; reason: string }[];
} {
  const files: CheckedFile[] = [];
  const refused: { fileName: string; reason: string }[] = [];
  attachments.forEach((attachment, i) => {
    const fileName = cleanFileName(attachment.filename ?? `attachment-${i + 1}`);
    try {
      const contentType = checkAttachmentBytes(new Uint8Array(attachment.content));
      files.push({ fileName, contentType, bytes: new Uint8Array(attachment.content) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refused.push({ fileName, reason: error.fields?.file ?? error.message });
    }
  });
  return { files, refused };
}

/**
 * Writes the files of one imported mail to the store and their rows in the caller's transaction, with the
 * original mail itself (message/rfc822: written by the desk, never shown inline, so it needs no sniffing).
 * The written keys are returned so the caller can discard them if the transaction fails.
 */
export async function storeMailFiles(
  tx: Tx,
  input: { ticketId: string; remarkId: string | null; uploadedById: string; files: CheckedFile[]; original: Uint8Array },
  written: string[],
): Promise<string[]> {
  const all: CheckedFile[] = [...input.files, { fileName: "original.eml", contentType: "message/rfc822", bytes: input.original }];
  const ids: string[] = [];
  for (const file of all) {
    const storageKey = await writeAttachmentBytes(input.ticketId, file.bytes);
    written.push(storageKey);
    const [row] = await tx.db
      .insert(schema.ticketAttachments)
      .values({
        ticketId: input.ticketId,
        remarkId: input.remarkId,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.bytes.length,
        storageKey,
        uploadedById: input.uploadedById,
      })
      .returning({ id: schema.ticketAttachments.id });
    ids.push(row.id);
  }
  return ids;
}

export async function discardAll(keys: readonly string[]): Promise<void> {
  await Promise.all(keys.map(discardAttachmentBytes));
}
