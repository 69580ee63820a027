import { FILE_CSP } from "@/lib/security/security-headers";

/** `inline` for images (shown in the page), `attachment` for everything else, with an ASCII fallback name. */
function disposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** An attachment's bytes as the answer to its download, for a ticket's or an article's file alike. */
export function fileResponse(file: { bytes: Uint8Array; contentType: string; fileName: string }): Response {
  const image = file.contentType.startsWith("image/");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      // The type is the one sniffed from the bytes at upload; browsers must not guess another (e.g. HTML).
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": disposition(image ? "inline" : "attachment", file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": FILE_CSP,
      // Private: a draft's image or a ticket's screenshot must not sit in a shared cache.
      "Cache-Control": "private, max-age=3600",
    },
  });
}
