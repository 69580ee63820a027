// POST /api/v1/tickets/{id}/resolve — the solution; the ticket is resolved
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { resolveTicket } from "@/lib/tickets/resolve-ticket";
import { resolveInput } from "@/lib/tickets/schemas";

export const POST = ticketCommandRoute(resolveInput, resolveTicket);
