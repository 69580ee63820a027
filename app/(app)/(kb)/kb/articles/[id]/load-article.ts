import { notFound } from "next/navigation";
import { cache } from "react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { getArticleDetail } from "@/lib/kb/get-article-detail";

/** The article as `user` may read it; one they cannot see is the 404 page. */
async function articleOr404(user: CurrentUser, id: string) {
  const article = await getArticleDetail(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return { user, article };
}

// Cached per request: a page and its metadata read the article once.

/** The article pages anyone signed in may open (reading, editing — the edit page checks the rules itself). */
export const loadArticle = cache(async (id: string) => articleOr404(await requireUser("portal.use"), id));

export type VersionWithText = { number: number; title: string; body: string; publishedAt: Date; publishedBy: { id: string; name: string } };
// IT staff get every version's text (getArticleDetail); readers get the numbers and titles only.
const hasText = (v: object): v is VersionWithText => "body" in v;

/**
 * The review and history pages are for IT staff; anyone else, or an article they cannot see, is a 404. Their
 * versions come with their text.
 */
export const loadStaffArticle = cache(async (id: string) => {
  const user = await requireUser("kb.edit");
  if (!can(user.roles, "kb.internal.read")) notFound();
  const { article } = await articleOr404(user, id);
  return { user, article, versions: (article.versions as object[]).filter(hasText) };
});
