import { inArray } from "drizzle-orm";
import { type Db, schema } from "@/db/client";
import { categoryPath } from "../documents/category-path";
import type { ArticleSource } from "../documents/types";
import { loadCategoryParents } from "./load-category-parents";

const { articles } = schema;

/**
 * Reads articles for their documents, a batch at a time. Helpful votes are 0 until the knowledge-base issue
 * adds article feedback; this is the one place to read them from then.
 */
export async function loadArticleSources(db: Db, ids: string[], parents?: Map<string, string | null>): Promise<Map<string, ArticleSource>> {
  if (ids.length === 0) return new Map();
  const categoryParents = parents ?? (await loadCategoryParents(db));
  const rows = await db.select().from(articles).where(inArray(articles.id, ids));
  return new Map(
    rows.map((a) => [
      a.id,
      {
        id: a.id,
        title: a.title,
        body: a.body,
        tags: a.tags,
        categoryId: a.categoryId,
        categoryPath: categoryPath(a.categoryId, categoryParents),
        visibility: a.visibility,
        status: a.status,
        language: a.language,
        helpfulVotes: 0,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
        publishedAt: a.publishedAt,
      },
    ]),
  );
}
