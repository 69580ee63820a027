// POST /api/v1/articles/{id}/attachments — attach an image or a PDF to an article being written (multipart: `file`)
import { NextResponse } from "next/server";
import { readUpload } from "@/lib/attachments/upload";
import { apiRoute } from "@/lib/auth/guards";
import { addArticleAttachment } from "@/lib/kb/attachments/add-article-attachment";

type Params = { id: string };

export const POST = apiRoute<Params>({ permission: "portal.use" }, async ({ request, user, params }) => {
  const { file } = await readUpload(request);
  // Who may attach (the author or a knowledge editor) is the article rules' decision, inside the command.
  const attachment = await addArticleAttachment(user, params.id, { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return NextResponse.json(attachment, { status: 201 });
});
