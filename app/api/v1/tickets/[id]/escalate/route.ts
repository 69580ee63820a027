// POST /api/v1/tickets/{id}/escalate — hand the ticket to another specialist or line
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { escalateTicket } from "@/lib/tickets/escalate-ticket";
import { escalateInput } from "@/lib/tickets/schemas";

export const POST = ticketCommandRoute(escalateInput, escalateTicket);
