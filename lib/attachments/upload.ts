import { AppError } from "@/lib/errors";
import { type AttachmentType, maxAttachmentBytes, sniffAttachmentType } from "./file-types";

const tooLarge = () =>
  new AppError("too_large", "The file is larger than 10 MB: attach a smaller one, or a screenshot of the part that matters");

// Room for the multipart envelope around a file of the largest allowed size.
const maxBodyBytes = maxAttachmentBytes + 64 * 1024;

/**
 * The uploaded file of a multipart request (field `file`) for the attachment routes of tickets and articles,
 * with the rest of the form. An oversized upload is refused before it is read into memory.
 */
export async function readUpload(request: Request): Promise<{ file: File; form: FormData }> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) throw tooLarge();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("invalid_input", "Some fields are not valid", { file: "Send the file as multipart/form-data in the field `file`" });
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("invalid_input", "Some fields are not valid", { file: "Choose a file to attach" });
  if (file.size > maxAttachmentBytes) throw tooLarge();
  return { file, form };
}

/**
 * The one check of an attachment's bytes, for tickets and articles alike: not empty, not over the limit, and
 * by its first bytes (never its name or declared type) an image or a PDF. Answers the type it really is.
 */
export function checkAttachmentBytes(bytes: Uint8Array): AttachmentType {
  if (bytes.length === 0) throw new AppError("invalid_input", "Some fields are not valid", { file: "The file is empty" });
  if (bytes.length > maxAttachmentBytes) throw tooLarge();
  const contentType = sniffAttachmentType(bytes);
  if (!contentType) {
    throw new AppError("invalid_input", "Some fields are not valid", {
      file: "Only images (PNG, JPEG, GIF, WebP) and PDF files can be attached",
    });
  }
  return contentType;
}
