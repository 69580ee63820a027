import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { schema } from "@/db/client";

const { tickets, ticketRemarks, articles } = schema;

/**
 * The search vectors of migration 0004_search_fallback, called exactly as its expression indexes are built, so
 * Postgres uses those indexes (a different expression would scan every row).
 */
export const ticketVector: SQL = sql`ticket_search_vector(${tickets.subject}, ${tickets.description}, ${tickets.solution})`;
export const remarkVector: SQL = sql`remark_search_vector(${ticketRemarks.body})`;
export const articleVector: SQL = sql`article_search_vector(${articles.title}, ${articles.tags}, ${articles.body})`;

/** HTML-escaped text (the only markup in a fallback snippet is our <mark>), then highlighted by Postgres. */
export function headline(text: SQL | AnyColumn, query: SQL, options = "MaxWords=30, MinWords=12, MaxFragments=1"): SQL<string> {
  const escaped = sql`replace(replace(replace(coalesce(${text}, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
  return sql<string>`ts_headline('russian', ${escaped}, ${query}, ${`StartSel=<mark>, StopSel=</mark>, ${options}`})`;
}
