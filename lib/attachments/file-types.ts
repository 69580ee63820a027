/**
 * What may be attached: screenshots and scans. Kept free of Node imports so the browser can check a file
 * before uploading it; the server decides by the bytes themselves, never by the name or declared type.
 */
export const maxAttachmentBytes = 10 * 1024 * 1024;

export const attachmentTypes = ["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"] as const;
export type AttachmentType = (typeof attachmentTypes)[number];

/** For the file chooser's `accept`: a hint to the browser, not a check. */
export const attachmentAccept = ".png,.jpg,.jpeg,.gif,.webp,.pdf,image/png,image/jpeg,image/gif,image/webp,application/pdf";

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The real type of a file from its first bytes (magic numbers), or null when it is not one we accept. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  return null;
}

/** A quick check in the browser by declared type or extension, so people hear of a wrong file at once. */
export function looksAcceptable(file: { name: string; type: string }): boolean {
  if ((attachmentTypes as readonly string[]).includes(file.type)) return true;
  return /\.(png|jpe?g|gif|webp|pdf)$/i.test(file.name);
}

export function isImageType(contentType: string): boolean {
  return contentType.startsWith("image/");
}
