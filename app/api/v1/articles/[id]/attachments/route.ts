// POST /api/v1/articles/{id}/attachments — attach an image or a PDF to an article being written (multipart: `file`)
import { NextResponse } from "next/server";
import { z } from "zod";
import { maxAttachmentBytes } from "@/lib/attachments/file-types";
import { apiRoute } from "@/lib/auth/guards";
import { AppError, zodFields } from "@/lib/errors";
import { addArticleAttachment } from "@/lib/kb/attachments/add-article-attachment";

type Params = { id: string };

const tooLarge = "The file is larger than 10 MB: attach a smaller one, or a screenshot of the part that matters";
// Room for the multipart envelope around a file of the largest allowed size.
const maxBodyBytes = maxAttachmentBytes + 64 * 1024;

const uploadForm = z.object({
  file: z.instanceof(File, { message: "Choose a file to attach" }).refine((file) => file.size <= maxAttachmentBytes, { message: tooLarge }),
});

export const POST = apiRoute<Params>({ permission: "portal.use" }, async ({ request, user, params }) => {
  // Refuse an oversized upload before reading it into memory.
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) throw new AppError("too_large", tooLarge);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("invalid_input", "Some fields are not valid", { file: "Send the file as multipart/form-data in the field `file`" });
  }
  const parsed = uploadForm.safeParse({ file: form.get("file") });
  if (!parsed.success) {
    const fields = zodFields(parsed.error);
    if (fields.file === tooLarge) throw new AppError("too_large", tooLarge);
    throw new AppError("invalid_input", "Some fields are not valid", fields);
  }
  const { file } = parsed.data;
  // Who may attach (the author or a knowledge editor) is the article rules' decision, inside the command.
  const attachment = await addArticleAttachment(user, params.id, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return NextResponse.json(attachment, { status: 201 });
});
