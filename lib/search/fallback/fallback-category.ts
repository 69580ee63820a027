import { and, desc, isNotNull, ne, sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { CATEGORY_NEIGHBOURS, voteCategories } from "@/search/queries/suggest-category";
import { anyWordTsquery } from "./tsquery";
import { ticketVector } from "./vectors";

const { tickets } = schema;

/** The category vote of search/queries/suggest-category.ts, with neighbours found by Postgres full-text search. */
export async function fallbackCategory(text: string) {
  const query = anyWordTsquery(text);
  if (!query) return [];
  const rank = sql<number>`ts_rank_cd(${ticketVector}, ${query})`;
  const rows = await getDb()
    .select({ categoryId: tickets.categoryId, score: rank })
    .from(tickets)
    .where(and(sql`${ticketVector} @@ ${query}`, isNotNull(tickets.categoryId), ne(tickets.status, "cancelled")))
    .orderBy(desc(rank))
    .limit(CATEGORY_NEIGHBOURS);
  return voteCategories(rows.map((r) => ({ categoryId: r.categoryId, score: Number(r.score) })));
}
