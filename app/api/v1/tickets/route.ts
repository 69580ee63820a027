// GET /api/v1/tickets — the tickets the caller may see; POST /api/v1/tickets — file a ticket
import { idempotentCreate } from "@/lib/api/idempotency";
import { parseQueryString } from "@/lib/api/parse-query-string";
import { apiRoute, readJson } from "@/lib/auth/guards";
import { createTicket } from "@/lib/tickets/create-ticket";
import { getTicket } from "@/lib/tickets/get-ticket";
import { listTicketsPage } from "@/lib/tickets/list-tickets-page";
import { createTicketInput, listTicketsQuery } from "@/lib/tickets/schemas";

export const GET = apiRoute({ permission: "portal.use" }, async ({ request, user }) =>
  listTicketsPage(user, parseQueryString(request, listTicketsQuery)),
);

export const POST = apiRoute({ permission: "portal.use" }, async ({ request, user }) => {
  const input = await readJson(request, createTicketInput);
  // With an Idempotency-Key, a repeated request answers the first ticket again instead of filing a second.
  return idempotentCreate(
    request,
    user,
    input,
    (tx) => createTicket(user, input, { tx }),
    (id) => getTicket(user, id),
  );
});
