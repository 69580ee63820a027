// DELETE /api/v1/tickets/{id}/watchers/{userId} — stop someone watching
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/auth/guards";
import { getTicket } from "@/lib/tickets/get-ticket";
import { removeWatcher } from "@/lib/tickets/watchers";

export const DELETE = apiRoute<{ id: string; userId: string }>({ permission: "portal.use" }, async ({ user, params }) => {
  await removeWatcher(user, params.id, { userId: params.userId });
  return NextResponse.json(await getTicket(user, params.id));
});
