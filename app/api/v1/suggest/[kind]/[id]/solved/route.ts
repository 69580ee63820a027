// POST /api/v1/suggest/{kind}/{id}/solved — "this solved my problem": records a deflection
import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { recordDeflection } from "@/lib/search/record-deflection";
import { deflectionInput, deflectionParams } from "@/lib/search/schemas";

export const POST = apiRoute<{ kind: string; id: string }>({ permission: "portal.use" }, async ({ request, user, params }) => {
  const item = deflectionParams.safeParse(params);
  // A malformed kind or id cannot name a suggestion: "not found", like any item the person could not be shown.
  if (!item.success) throw new AppError("not_found", "No such suggestion");
  const { q, sessionId } = await readJson(request, deflectionInput);
  return NextResponse.json(await recordDeflection(user, item.data, q, sessionId), { status: 201 });
});
