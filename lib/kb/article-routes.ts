import { NextResponse } from "next/server";
import type { z } from "zod";
import { apiRoute, readJson } from "@/lib/auth/guards";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getArticleDetail } from "./get-article-detail";

type Params = { id: string };

/**
 * A REST route for one article command: the body validated with the command's schema, the command run
 * (it enforces who may do what, from which stage), and the article answered as the caller now sees it.
 */
export function articleCommandRoute<S extends z.ZodType>(
  schema: S,
  command: (actor: CurrentUser, articleId: string, input: z.infer<S>) => Promise<unknown>,
  status = 200,
) {
  return apiRoute<Params>({ permission: "portal.use" }, async ({ request, user, params }) => {
    const input = await readJson(request, schema);
    await command(user, params.id, input);
    return NextResponse.json(await getArticleDetail(user, params.id), { status });
  });
}
