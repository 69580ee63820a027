// POST /api/v1/tickets/{id}/assign — the dispatcher assigns a specialist
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { assignTicket } from "@/lib/tickets/assign-ticket";
import { assignInput } from "@/lib/tickets/schemas";

export const POST = ticketCommandRoute(assignInput, assignTicket);
