// POST /api/v1/tickets/{id}/remarks — a public remark, or an internal note (IT staff)
import { idempotentCreate } from "@/lib/api/idempotency";
import { apiRoute, readJson } from "@/lib/auth/guards";
import { addRemark } from "@/lib/tickets/add-remark";
import { getTicket } from "@/lib/tickets/get-ticket";
import { remarkInput } from "@/lib/tickets/schemas";

// With an Idempotency-Key, a double-submitted remark is written once and both requests get the same answer.
export const POST = apiRoute<{ id: string }>({ permission: "portal.use" }, async ({ request, user, params }) => {
  const input = await readJson(request, remarkInput);
  return idempotentCreate(
    request,
    user,
    input,
    (tx) => addRemark(user, params.id, input, { tx }),
    () => getTicket(user, params.id),
  );
});
