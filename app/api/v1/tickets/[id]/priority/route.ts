// POST /api/v1/tickets/{id}/priority — the dispatcher overrides the priority, with a reason
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { priorityInput } from "@/lib/tickets/schemas";
import { setTicketPriority } from "@/lib/tickets/set-priority";

export const POST = ticketCommandRoute(priorityInput, setTicketPriority);
