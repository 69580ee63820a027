import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/is-uuid";
import { factsOf } from "./article-command";
import { checkArticle } from "./article-rules";

/** An article as `viewer` may read it, by the article rules' "view" (IT staff any; others published public ones), else 404. */
export async function getArticle(viewer: CurrentUser, id: string) {
  if (!isUuid(id)) throw new AppError("not_found", "Not found");
  const { articles, categories } = schema;
  const [row] = await getDb()
    .select({ article: articles, categoryRu: categories.nameRu, categoryEn: categories.nameEn })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(eq(articles.id, id));
  if (!row || !checkArticle(factsOf(row.article), viewer, "view").ok) throw new AppError("not_found", "Not found");
  const { id: articleId, title, body, status, visibility, language, tags, updatedAt } = row.article;
  return {
    id: articleId,
    title,
    body,
    status,
    visibility,
    language,
    tags,
    updatedAt,
    categoryRu: row.categoryRu,
    categoryEn: row.categoryEn,
  };
}
