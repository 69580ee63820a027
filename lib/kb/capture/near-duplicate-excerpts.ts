import { inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { articleExcerpt } from "./article-summary";
import type { NearDuplicate } from "./near-duplicates";

export type NearDuplicateWithExcerpt = NearDuplicate & { excerpt: string };

/**
 * The near-duplicates with a line of each article's text, so a person can tell whether one covers the problem
 * without opening it. Takes only what nearDuplicatesOf answered: those were already filtered for the viewer.
 */
export async function withExcerpts(found: NearDuplicate[]): Promise<NearDuplicateWithExcerpt[]> {
  if (found.length === 0) return [];
  const { articles } = schema;
  const rows = await getDb()
    .select({ id: articles.id, body: articles.body })
    .from(articles)
    .where(
      inArray(
        articles.id,
        found.map((a) => a.id),
      ),
    );
  const bodies = new Map(rows.map((r) => [r.id, r.body]));
  return found.map((a) => ({ ...a, excerpt: articleExcerpt(bodies.get(a.id) ?? "") }));
}
