// POST /api/v1/tickets/{id}/remarks — a public remark, or an internal note (IT staff)
import { ticketCommandRoute } from "@/lib/api/command-routes";
import { addRemark } from "@/lib/tickets/add-remark";
import { remarkInput } from "@/lib/tickets/schemas";

export const POST = ticketCommandRoute(remarkInput, addRemark, 201);
