// GET /api/v1/articles/{id} — the article as the caller may see it; PATCH — the author or an editor edits it

import { articleCommandRoute } from "@/lib/api/command-routes";
import { apiRoute } from "@/lib/auth/guards";
import { updateArticle } from "@/lib/kb/commands";
import { getArticleDetail } from "@/lib/kb/get-article-detail";
import { updateArticleInput } from "@/lib/kb/schemas";

export const GET = apiRoute<{ id: string }>({ permission: "portal.use" }, async ({ user, params }) => getArticleDetail(user, params.id));

export const PATCH = articleCommandRoute(updateArticleInput, updateArticle);
