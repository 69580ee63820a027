import { and, eq } from "drizzle-orm";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/is-uuid";
import { getTicket } from "@/lib/tickets/get-ticket";
import { type AttachmentView, attachmentRows, toAttachmentView } from "./list-attachments";
import { readAttachmentBytes } from "./storage";

/**
 * One attachment's bytes, for those who may see its ticket (and, for a file on an internal note, IT
 * staff only). Anyone else is told it does not exist.
 */
export async function readAttachment(
  viewer: CurrentUser,
  ticketIdOrNumber: string,
  attachmentId: string,
): Promise<AttachmentView & { bytes: Buffer }> {
  const ticket = await getTicket(viewer, ticketIdOrNumber);
  if (!isUuid(attachmentId)) throw new AppError("not_found", "Attachment not found");
  const { ticketAttachments } = schema;
  const [row] = await attachmentRows().where(and(eq(ticketAttachments.id, attachmentId), eq(ticketAttachments.ticketId, ticket.id)));
  if (!row || (row.internal && !can(viewer.roles, "tickets.internal.read"))) throw new AppError("not_found", "Attachment not found");
  const bytes = await readAttachmentBytes(row.attachment.storageKey);
  if (!bytes) throw new AppError("not_found", "The file of this attachment is missing from the store");
  return { ...toAttachmentView({ ...row.attachment, internal: row.internal ?? false, uploadedByName: row.uploadedByName }), bytes };
}
