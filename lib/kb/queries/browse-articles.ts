import { and, count, desc, eq, gt, inArray, ne, type SQL } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

const { articles, categories } = schema;

/** Published articles `viewer` may read: internal ones only for IT staff. */
function readablePublished(viewer: CurrentUser): SQL[] {
  const conditions: SQL[] = [eq(articles.status, "published")];
  if (!can(viewer.roles, "kb.internal.read")) conditions.push(eq(articles.visibility, "public"));
  return conditions;
}

const cardColumns = {
  id: articles.id,
  title: articles.title,
  status: articles.status,
  visibility: articles.visibility,
  language: articles.language,
  tags: articles.tags,
  views: articles.views,
  updatedAt: articles.updatedAt,
  categoryRu: categories.nameRu,
  categoryEn: categories.nameEn,
};

type Category = { id: string; parentId: string | null; nameRu: string; nameEn: string; position: number };

/** Every category id under `rootId` (itself included). */
function subtree(all: Category[], rootId: string): string[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) ids.push(...all.filter((c) => c.parentId === ids[i]).map((c) => c.id));
  return ids;
}

async function allCategories(): Promise<Category[]> {
  return getDb()
    .select({
      id: categories.id,
      parentId: categories.parentId,
      nameRu: categories.nameRu,
      nameEn: categories.nameEn,
      position: categories.position,
    })
    .from(categories);
}

/** The root categories with how many published articles `viewer` may read in each (subcategories included). */
export async function rootCategoryCounts(viewer: CurrentUser) {
  const [all, perCategory] = await Promise.all([
    allCategories(),
    getDb()
      .select({ categoryId: articles.categoryId, n: count() })
      .from(articles)
      .where(and(...readablePublished(viewer)))
      .groupBy(articles.categoryId),
  ]);
  const counts = new Map(perCategory.map((r) => [r.categoryId, r.n]));
  return all
    .filter((c) => c.parentId === null)
    .sort((a, b) => a.position - b.position || a.nameEn.localeCompare(b.nameEn))
    .map((root) => ({
      id: root.id,
      nameRu: root.nameRu,
      nameEn: root.nameEn,
      count: subtree(all, root.id).reduce((n, id) => n + (counts.get(id) ?? 0), 0),
    }))
    .filter((c) => c.count > 0);
}

/** One category (with its subcategories) and the published articles in it that `viewer` may read, newest first. */
export async function articlesInCategory(viewer: CurrentUser, categoryId: string, limit = 100) {
  const all = await allCategories();
  const category = all.find((c) => c.id === categoryId);
  if (!category) return null;
  const rows = await getDb()
    .select(cardColumns)
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(...readablePublished(viewer), inArray(articles.categoryId, subtree(all, categoryId))))
    .orderBy(desc(articles.updatedAt))
    .limit(limit);
  return { category: { id: category.id, nameRu: category.nameRu, nameEn: category.nameEn }, articles: rows };
}

/** The most viewed published articles `viewer` may read (never-viewed ones are not popular). */
export async function popularArticles(viewer: CurrentUser, limit = 6) {
  return getDb()
    .select(cardColumns)
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(...readablePublished(viewer), gt(articles.views, 0)))
    .orderBy(desc(articles.views), desc(articles.updatedAt))
    .limit(limit);
}

/** The most recently updated published articles `viewer` may read. */
export async function recentArticles(viewer: CurrentUser, limit = 6) {
  return getDb()
    .select(cardColumns)
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(...readablePublished(viewer)))
    .orderBy(desc(articles.updatedAt))
    .limit(limit);
}

/** Other published articles of the same category that `viewer` may read, most viewed first. */
export async function relatedArticles(viewer: CurrentUser, article: { id: string; categoryId: string | null }, limit = 5) {
  if (!article.categoryId) return [];
  return getDb()
    .select({ id: articles.id, title: articles.title, language: articles.language })
    .from(articles)
    .where(and(...readablePublished(viewer), eq(articles.categoryId, article.categoryId), ne(articles.id, article.id)))
    .orderBy(desc(articles.views), desc(articles.updatedAt))
    .limit(limit);
}
