// GET /api/v1/tickets/{id}/attachments/{attachmentId} — the file itself, to those who may see the ticket
import { readAttachment } from "@/lib/attachments/read-attachment";
import { apiRoute, methodNotAllowed } from "@/lib/auth/guards";

type Params = { id: string; attachmentId: string };

/** `inline` for images (shown on the ticket page), `attachment` for PDFs, with an ASCII fallback name. */
function disposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const GET = apiRoute<Params>({ permission: "portal.use" }, async ({ user, params }) => {
  const file = await readAttachment(user, params.id, params.attachmentId);
  const image = file.contentType.startsWith("image/");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": disposition(image ? "inline" : "attachment", file.fileName),
      // The type is the sniffed one; browsers must not guess another (e.g. HTML) from the bytes.
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "Cache-Control": "private, max-age=3600",
    },
  });
});

// Nothing is deleted: an attachment stays with its ticket.
export function DELETE() {
  return methodNotAllowed();
}
