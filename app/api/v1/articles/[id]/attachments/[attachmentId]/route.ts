// GET /api/v1/articles/{id}/attachments/{attachmentId} — the file itself, to those who may read the article
import { z } from "zod";
import { fileResponse } from "@/lib/attachments/file-response";
import { apiRoute, methodNotAllowed } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { readArticleAttachment } from "@/lib/kb/attachments/read-article-attachment";

type Params = { id: string; attachmentId: string };

const paramsSchema = z.object({ id: z.string().uuid(), attachmentId: z.string().uuid() });

export const GET = apiRoute<Params>({ permission: "portal.use" }, async ({ user, params }) => {
  // A malformed id is as unknown as a missing one.
  const ids = paramsSchema.safeParse(params);
  if (!ids.success) throw new AppError("not_found", "Attachment not found");
  const file = await readArticleAttachment(user, ids.data.id, ids.data.attachmentId);
  return fileResponse(file);
});

// Files stay with their article: an article's text (and its published versions) may still link to them.
export function DELETE() {
  return methodNotAllowed();
}
