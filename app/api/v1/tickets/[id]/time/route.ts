// POST /api/v1/tickets/{id}/time — IT staff log time spent
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { logTime } from "@/lib/tickets/log-time";
import { timeInput } from "@/lib/tickets/schemas";

export const POST = ticketCommandRoute(timeInput, logTime, 201);
