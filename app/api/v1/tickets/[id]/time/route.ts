// POST /api/v1/tickets/{id}/time — IT staff log time spent
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { timeInput } from "@/lib/tickets/schemas";
import { logTime } from "@/lib/tickets/log-time";

export const POST = ticketCommandRoute(timeInput, logTime, 201);
