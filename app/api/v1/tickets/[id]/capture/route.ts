// GET  /api/v1/tickets/{id}/capture — IT staff, resolved or closed ticket: the draft it would create and the
//      articles that may already cover the problem ({ draft, nearDuplicates }); nothing is written.
// POST /api/v1/tickets/{id}/capture — creates that draft, linked to the ticket (`title?` overrides the subject):
//      201, the draft article (API.md), with the articles that may already cover it as its added `nearDuplicates`
import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/auth/guards";
import { captureArticle, captureInput, previewCapture } from "@/lib/kb/capture/capture";

export const GET = apiRoute<{ id: string }>({ permission: "portal.use" }, async ({ user, params }) => previewCapture(user, params.id));

export const POST = apiRoute<{ id: string }>({ permission: "portal.use" }, async ({ user, params, request }) => {
  const { article, nearDuplicates } = await captureArticle(user, params.id, await readJson(request, captureInput));
  return NextResponse.json({ ...article, nearDuplicates }, { status: 201 });
});
