// DELETE /api/v1/problems/{id}/tickets/{ticketId} — IT staff unlink a ticket (the link is kept, stamped as unlinked)
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/auth/guards";
import { getProblem } from "@/lib/problems/get-problem";
import { unlinkTicket } from "@/lib/problems/unlink-ticket";

export const DELETE = apiRoute<{ id: string; ticketId: string }>({ permission: "problems.read" }, async ({ user, params }) => {
  await unlinkTicket(user, params.id, { ticketId: params.ticketId });
  return NextResponse.json(await getProblem(user, params.id));
});
