// GET /api/v1/tickets/{id}/attachments/{attachmentId} — the file itself, to those who may see the ticket

import { fileResponse } from "@/lib/attachments/file-response";
import { readAttachment } from "@/lib/attachments/read-attachment";
import { apiRoute, methodNotAllowed } from "@/lib/auth/guards";

type Params = { id: string; attachmentId: string };

export const GET = apiRoute<Params>({ permission: "portal.use" }, async ({ user, params }) => {
  const file = await readAttachment(user, params.id, params.attachmentId);
  return fileResponse(file);
});

// Nothing is deleted: an attachment stays with its ticket.
export function DELETE() {
  return methodNotAllowed();
}
