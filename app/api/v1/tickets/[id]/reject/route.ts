// POST /api/v1/tickets/{id}/reject — the requester rejects the solution with a complaint

import { ticketCommandRoute } from "@/lib/api/command-routes";
import { rejectTicket } from "@/lib/tickets/confirm-ticket";
import { rejectInput } from "@/lib/tickets/schemas";

export const POST = ticketCommandRoute(rejectInput, rejectTicket);
