import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

const { articles, categories } = schema;
type ArticleStatus = (typeof schema.articleStatusEnum.enumValues)[number];

/** Articles the user may read: internal ones only for IT staff. */
export async function listArticles(user: CurrentUser, statuses: ArticleStatus[] = ["published"], limit = 50) {
  const conditions: SQL[] = [inArray(articles.status, statuses)];
  if (!can(user.roles, "kb.internal.read")) conditions.push(eq(articles.visibility, "public"), eq(articles.status, "published"));
  return getDb()
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      visibility: articles.visibility,
      language: articles.language,
      tags: articles.tags,
      updatedAt: articles.updatedAt,
      categoryRu: categories.nameRu,
      categoryEn: categories.nameEn,
    })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(...conditions))
    .orderBy(desc(articles.updatedAt))
    .limit(limit);
}
