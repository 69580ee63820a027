import { schema, withTransaction } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { getTicket } from "@/lib/tickets/get-ticket";
import { recordTicketEvent } from "@/lib/tickets/ticket-command";
import { finalStatuses } from "@/lib/tickets/ticket-status";
import { cleanFileName } from "./file-name";
import { type AttachmentView, toAttachmentView } from "./list-attachments";
import { discardAttachmentBytes, writeAttachmentBytes } from "./storage";
import { checkAttachmentBytes } from "./upload";

export type NewAttachment = { fileName: string; bytes: Uint8Array; remarkId?: string | null };

/**
 * Attaches a file to a ticket (optionally to one of its remarks) for anyone who may remark on it; a file
 * on an internal note needs the right to write internal notes and stays staff-only. The bytes are written
 * first and the row after, with its audit event, in one transaction: an orphan file is harmless, a row
 * without its file is not.
 */
export async function addAttachment(actor: CurrentUser, ticketIdOrNumber: string, input: NewAttachment): Promise<AttachmentView> {
  const ticket = await getTicket(actor, ticketIdOrNumber); // not visible: "not found"
  const contentType = checkAttachmentBytes(input.bytes);

  let internal = false;
  if (input.remarkId) {
    const remark = ticket.timeline.find((item) => item.kind === "remark" && item.id === input.remarkId);
    // The timeline holds only remarks this viewer may see, so a hidden note is as unknown as a missing one.
    if (!remark || remark.kind !== "remark")
      throw new AppError("invalid_input", "Some fields are not valid", { remarkId: "No such remark on this ticket" });
    internal = remark.internal;
  }
  const needed = internal ? "internalNote" : "remark";
  if (!ticket.actions.includes(needed)) {
    if (finalStatuses.includes(ticket.status)) throw new AppError("conflict", `Files cannot be added while the ticket is ${ticket.status}`);
    throw new AppError("forbidden", "Only people involved in the ticket can attach files");
  }

  const fileName = cleanFileName(input.fileName);
  const storageKey = await writeAttachmentBytes(ticket.id, input.bytes);
  try {
    return await withTransaction(async (tx) => {
      const [row] = await tx.db
        .insert(schema.ticketAttachments)
        .values({
          ticketId: ticket.id,
          remarkId: input.remarkId ?? null,
          fileName,
          contentType,
          size: input.bytes.length,
          storageKey,
          uploadedById: actor.id,
        })
        .returning();
      await recordTicketEvent(tx, ticket.id, actor.id, { action: "attachment_added", data: { attachmentId: row.id, fileName }, internal });
      return toAttachmentView({ ...row, internal, uploadedByName: actor.name });
    });
  } catch (error) {
    await discardAttachmentBytes(storageKey);
    throw error;
  }
}
