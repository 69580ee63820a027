// POST /api/v1/problems/{id}/tickets — IT staff link a ticket (409 when it is in another problem)
import { problemCommandRoute } from "@/lib/api/command-routes";
import { linkTicket } from "@/lib/problems/link-ticket";
import { linkTicketInput } from "@/lib/problems/schemas";

export const POST = problemCommandRoute(linkTicketInput, linkTicket);
