// POST /api/v1/tickets/{id}/wait — the assignee asks the requester and waits for the answer
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { waitInput } from "@/lib/tickets/schemas";
import { waitForRequester } from "@/lib/tickets/wait-ticket";

export const POST = ticketCommandRoute(waitInput, waitForRequester);
