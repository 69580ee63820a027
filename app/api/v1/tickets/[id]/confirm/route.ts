// POST /api/v1/tickets/{id}/confirm — the requester confirms the solution, with an optional rating
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { confirmTicket } from "@/lib/tickets/confirm-ticket";
import { confirmInput } from "@/lib/tickets/schemas";

export const POST = ticketCommandRoute(confirmInput, confirmTicket);
