// GET  /api/v1/tickets/{id}/attachments — the files of a ticket the caller may see
// POST /api/v1/tickets/{id}/attachments — attach an image or a PDF (multipart: `file`, optional `remarkId`)
import { NextResponse } from "next/server";
import { addAttachment } from "@/lib/attachments/add-attachment";
import { listAttachments } from "@/lib/attachments/list-attachments";
import { readUpload } from "@/lib/attachments/upload";
import { apiRoute } from "@/lib/auth/guards";
import { getTicket } from "@/lib/tickets/get-ticket";

type Params = { id: string };

export const GET = apiRoute<Params>({ permission: "portal.use" }, async ({ user, params }) => {
  const ticket = await getTicket(user, params.id);
  return { items: await listAttachments(user, ticket) };
});

export const POST = apiRoute<Params>({ permission: "portal.use" }, async ({ request, user, params }) => {
  const { file, form } = await readUpload(request);
  const remarkId = form.get("remarkId");
  const attachment = await addAttachment(user, params.id, {
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    remarkId: typeof remarkId === "string" && remarkId ? remarkId : null,
  });
  return NextResponse.json(attachment, { status: 201 });
});
