import { NextResponse } from "next/server";
import type { z } from "zod";
import { apiRoute, readJson } from "@/lib/auth/guards";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getTicket } from "@/lib/tickets/get-ticket";

type Params = { id: string };

/**
 * A REST route for one ticket command: the body validated with the command's schema, the command run
 * (it enforces who may do what, from which state), and the ticket answered as the caller now sees it.
 */
export function ticketCommandRoute<S extends z.ZodType>(
  schema: S,
  command: (actor: CurrentUser, ticketId: string, input: z.infer<S>) => Promise<unknown>,
  status = 200,
) {
  return apiRoute<Params>({ permission: "portal.use" }, async ({ request, user, params }) => {
    const input = await readJson(request, schema);
    await command(user, params.id, input);
    return NextResponse.json(await getTicket(user, params.id), { status });
  });
}
