import { asc, eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

const { ticketAttachments, ticketRemarks, users } = schema;

export type AttachmentView = {
  id: string;
  ticketId: string;
  remarkId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  /** On an internal note: IT staff only. */
  internal: boolean;
  uploadedById: string;
  uploadedByName: string | null;
  createdAt: Date;
  url: string;
};

type Row = typeof ticketAttachments.$inferSelect & { internal: boolean; uploadedByName: string | null };

export function toAttachmentView(row: Row): AttachmentView {
  return {
    id: row.id,
    ticketId: row.ticketId,
    remarkId: row.remarkId,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    internal: row.internal,
    uploadedById: row.uploadedById,
    uploadedByName: row.uploadedByName,
    createdAt: row.createdAt,
    url: `/api/v1/tickets/${row.ticketId}/attachments/${row.id}`,
  };
}

/** The query both the list and the download read: each attachment with whether its remark is internal. */
export function attachmentRows() {
  return getDb()
    .select({ attachment: ticketAttachments, internal: ticketRemarks.internal, uploadedByName: users.name })
    .from(ticketAttachments)
    .leftJoin(ticketRemarks, eq(ticketRemarks.id, ticketAttachments.remarkId))
    .leftJoin(users, eq(users.id, ticketAttachments.uploadedById))
    .$dynamic();
}

/**
 * The attachments of a ticket `viewer` may see. The caller has already shown the ticket is visible
 * (getTicket); this adds the second wall: files on internal notes are for IT staff only.
 */
export async function listAttachments(viewer: CurrentUser, ticket: { id: string }): Promise<AttachmentView[]> {
  const staff = can(viewer.roles, "tickets.internal.read");
  const rows = await attachmentRows().where(eq(ticketAttachments.ticketId, ticket.id)).orderBy(asc(ticketAttachments.createdAt));
  return rows
    .map((r) => toAttachmentView({ ...r.attachment, internal: r.internal ?? false, uploadedByName: r.uploadedByName }))
    .filter((a) => staff || !a.internal);
}
