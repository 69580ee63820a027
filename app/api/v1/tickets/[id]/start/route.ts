// POST /api/v1/tickets/{id}/start — the assignee takes a new ticket into work
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { startInput } from "@/lib/tickets/schemas";
import { startTicket } from "@/lib/tickets/start-ticket";

export const POST = ticketCommandRoute(startInput, startTicket);
