// POST /api/v1/articles/{id}/feedback — "Was this helpful?" from a reader
import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/auth/guards";
import { recordFeedback } from "@/lib/kb/commands";
import { feedbackInput } from "@/lib/kb/schemas";

export const POST = apiRoute<{ id: string }>({ permission: "portal.use" }, async ({ request, user, params }) => {
  const input = await readJson(request, feedbackInput);
  const feedback = await recordFeedback(user, params.id, input);
  return NextResponse.json(
    { id: feedback.id, helpful: feedback.helpful, comment: feedback.comment, createdAt: feedback.createdAt },
    { status: 201 },
  );
});
