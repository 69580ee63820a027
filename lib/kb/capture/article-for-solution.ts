import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { getArticle } from "../get-article";
import { articleSummary } from "./article-summary";

export type ArticleForSolution = { id: string; title: string; summary: string };

/**
 * A published article the viewer may read, as the resolve form puts it into a solution: its title and the
 * summary of its steps. A draft, an archived article or one the viewer may not read is "not found" alike.
 */
export async function articleForSolution(viewer: CurrentUser, articleId: string): Promise<ArticleForSolution> {
  const article = await getArticle(viewer, articleId);
  if (article.status !== "published") throw new AppError("not_found", "No such published article");
  return { id: article.id, title: article.title, summary: articleSummary(article.body, undefined, article.title) };
}
