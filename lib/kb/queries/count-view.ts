import { and, eq, sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";

const { articles } = schema;

/** One view of a published article: a single UPDATE, leaving `updatedAt` alone (a view is not an edit). */
export async function countView(articleId: string): Promise<void> {
  await getDb()
    .update(articles)
    .set({ views: sql`${articles.views} + 1` })
    .where(and(eq(articles.id, articleId), eq(articles.status, "published")));
}
