import { and, desc, sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { SuggestAudience } from "@/search/queries/suggest-filter";
import { suggestableArticleWhere, suggestableTicketWhere } from "../suggestable-rows";
import { anyWordTsquery } from "./tsquery";
import { articleVector, headline, ticketVector } from "./vectors";

const { tickets, articles } = schema;

export type FallbackSuggestion = {
  kind: "ticket" | "article";
  id: string;
  title: string;
  text: string;
  snippetHtml: string;
  score: number;
};

/**
 * Suggestions from Postgres full-text search while the search node is down: the same walls as the index query
 * (shareable solved tickets, published articles the person may read), ranked by ts_rank_cd, the solution or
 * article text highlighted. The description is matched, as in the index, but never shown.
 */
export async function fallbackSuggest(text: string, audience: SuggestAudience, limit: number): Promise<FallbackSuggestion[]> {
  const query = anyWordTsquery(text);
  if (!query) return [];
  const db = getDb();
  const ticketRank = sql<number>`ts_rank_cd(${ticketVector}, ${query})`;
  const articleRank = sql<number>`ts_rank_cd(${articleVector}, ${query})`;
  const [ticketRows, articleRows] = await Promise.all([
    db
      .select({
        id: tickets.id,
        title: tickets.subject,
        text: sql<string>`coalesce(${tickets.solution}, '')`,
        snippetHtml: headline(tickets.solution, query),
        score: ticketRank,
      })
      .from(tickets)
      .where(and(sql`${ticketVector} @@ ${query}`, suggestableTicketWhere()))
      .orderBy(desc(ticketRank))
      .limit(limit),
    db
      .select({
        id: articles.id,
        title: articles.title,
        text: articles.body,
        snippetHtml: headline(articles.body, query),
        score: articleRank,
      })
      .from(articles)
      .where(and(sql`${articleVector} @@ ${query}`, suggestableArticleWhere(audience)))
      .orderBy(desc(articleRank))
      .limit(limit),
  ]);
  return [...ticketRows.map((r) => ({ kind: "ticket" as const, ...r })), ...articleRows.map((r) => ({ kind: "article" as const, ...r }))]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
