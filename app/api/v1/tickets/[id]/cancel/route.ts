// POST /api/v1/tickets/{id}/cancel — the requester withdraws the ticket before it is resolved
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { cancelTicket } from "@/lib/tickets/cancel-ticket";
import { cancelInput } from "@/lib/tickets/schemas";

export const POST = ticketCommandRoute(cancelInput, cancelTicket);
