// GET /api/v1/tickets/{id} — the ticket with its timeline; DELETE — nobody may (405)
import { apiRoute, methodNotAllowed } from "@/lib/auth/guards";
import { getTicket } from "@/lib/tickets/get-ticket";

export const GET = apiRoute<{ id: string }>({ permission: "portal.use" }, async ({ user, params }) => getTicket(user, params.id));

// What is written stays written: no role can delete a ticket (the database refuses too).
export async function DELETE() {
  return methodNotAllowed("Tickets are never deleted; cancel it instead while it is open");
}
