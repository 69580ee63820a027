// GET /api/v1/articles/{id}/versions/{number} — one published version and its diff to the one before (IT staff)
import { apiRoute } from "@/lib/auth/guards";
import { getArticleVersion } from "@/lib/kb/get-article-version";

export const GET = apiRoute<{ id: string; number: string }>({ permission: "portal.use" }, async ({ user, params }) =>
  getArticleVersion(user, params.id, /^\d{1,9}$/.test(params.number) ? Number(params.number) : NaN),
);
