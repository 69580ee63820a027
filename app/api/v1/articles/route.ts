// POST /api/v1/articles — IT staff write a new draft
import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/auth/guards";
import { createArticle } from "@/lib/kb/commands";
import { getArticleDetail } from "@/lib/kb/get-article-detail";
import { createArticleInput } from "@/lib/kb/schemas";

export const POST = apiRoute({ permission: "portal.use" }, async ({ request, user }) => {
  const input = await readJson(request, createArticleInput);
  const article = await createArticle(user, input);
  return NextResponse.json(await getArticleDetail(user, article.id), { status: 201 });
});
