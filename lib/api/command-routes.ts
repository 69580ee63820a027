import { NextResponse } from "next/server";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { apiRoute, readJson } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/permissions";
import { getArticleDetail } from "@/lib/kb/get-article-detail";
import { getProblem } from "@/lib/problems/get-problem";
import { getTicket } from "@/lib/tickets/get-ticket";

type Params = { id: string };

/**
 * REST routes for the commands on one kind of record: the body validated with the command's schema, the
 * command run (it enforces who may do what, from which state or stage), and the record answered as the caller
 * now sees it, read with `read`.
 */
function commandRoutesOf(read: (viewer: CurrentUser, id: string) => Promise<unknown>, permission: Permission = "portal.use") {
  return <S extends z.ZodType>(schema: S, command: (actor: CurrentUser, id: string, input: z.infer<S>) => Promise<unknown>, status = 200) =>
    apiRoute<Params>({ permission }, async ({ request, user, params }) => {
      const input = await readJson(request, schema);
      await command(user, params.id, input);
      return NextResponse.json(await read(user, params.id), { status });
    });
}

/** POST /api/v1/tickets/{id}/<command>: answers the ticket. */
export const ticketCommandRoute = commandRoutesOf(getTicket);
/** POST /api/v1/articles/{id}/<command> (and PATCH of the article): answers the article. */
export const articleCommandRoute = commandRoutesOf(getArticleDetail);
/**
 * POST /api/v1/problems/{id}/<command> (and PATCH of the problem): answers the problem. Only readers of problems
 * pass the guard (403 otherwise); the problem's state machine decides the rest.
 */
export const problemCommandRoute = commandRoutesOf(getProblem, "problems.read");
