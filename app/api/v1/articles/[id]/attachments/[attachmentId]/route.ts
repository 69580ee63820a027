// GET /api/v1/articles/{id}/attachments/{attachmentId} — the file itself, to those who may read the article
import { z } from "zod";
import { apiRoute, methodNotAllowed } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { readArticleAttachment } from "@/lib/kb/attachments/read-article-attachment";

type Params = { id: string; attachmentId: string };

const paramsSchema = z.object({ id: z.string().uuid(), attachmentId: z.string().uuid() });

/** `inline` for images (shown in the article), `attachment` for everything else, with an ASCII fallback name. */
function disposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const GET = apiRoute<Params>({ permission: "portal.use" }, async ({ user, params }) => {
  // A malformed id is as unknown as a missing one.
  const ids = paramsSchema.safeParse(params);
  if (!ids.success) throw new AppError("not_found", "Attachment not found");
  const file = await readArticleAttachment(user, ids.data.id, ids.data.attachmentId);
  const image = file.contentType.startsWith("image/");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      // The type is the one sniffed from the bytes at upload; browsers must not guess another (e.g. HTML).
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": disposition(image ? "inline" : "attachment", file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      // Private: a draft's image must not sit in a shared cache.
      "Cache-Control": "private, max-age=3600",
    },
  });
});

// Files stay with their article: an article's text (and its published versions) may still link to them.
export function DELETE() {
  return methodNotAllowed();
}
