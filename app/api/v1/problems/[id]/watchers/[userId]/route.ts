// DELETE /api/v1/problems/{id}/watchers/{userId} — stop someone watching the problem
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/auth/guards";
import { getProblem } from "@/lib/problems/get-problem";
import { removeProblemWatcher } from "@/lib/problems/problem-watchers";

export const DELETE = apiRoute<{ id: string; userId: string }>({ permission: "problems.read" }, async ({ user, params }) => {
  await removeProblemWatcher(user, params.id, { userId: params.userId });
  return NextResponse.json(await getProblem(user, params.id));
});
