// GET  /api/v1/tickets/{id}/attachments — the files of a ticket the caller may see
// POST /api/v1/tickets/{id}/attachments — attach an image or a PDF (multipart: `file`, optional `remarkId`)
import { NextResponse } from "next/server";
import { addAttachment } from "@/lib/attachments/add-attachment";
import { maxAttachmentBytes } from "@/lib/attachments/file-types";
import { listAttachments } from "@/lib/attachments/list-attachments";
import { apiRoute } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { getTicket } from "@/lib/tickets/get-ticket";

type Params = { id: string };

// Room for the multipart envelope around a file of the largest allowed size.
const maxBodyBytes = maxAttachmentBytes + 64 * 1024;

export const GET = apiRoute<Params>({ permission: "portal.use" }, async ({ user, params }) => {
  const ticket = await getTicket(user, params.id);
  return { items: await listAttachments(user, ticket) };
});

export const POST = apiRoute<Params>({ permission: "portal.use" }, async ({ request, user, params }) => {
  // Refuse an oversized upload before reading it into memory.
  if (Number(request.headers.get("content-length") ?? 0) > maxBodyBytes) {
    throw new AppError("too_large", "The file is larger than 10 MB: attach a smaller one, or a screenshot of the part that matters");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("invalid_input", "Some fields are not valid", { file: "Send the file as multipart/form-data in the field `file`" });
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("invalid_input", "Some fields are not valid", { file: "Choose a file to attach" });
  if (file.size > maxAttachmentBytes) {
    throw new AppError("too_large", "The file is larger than 10 MB: attach a smaller one, or a screenshot of the part that matters");
  }
  const remarkId = form.get("remarkId");
  const attachment = await addAttachment(user, params.id, {
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    remarkId: typeof remarkId === "string" && remarkId ? remarkId : null,
  });
  return NextResponse.json(attachment, { status: 201 });
});
