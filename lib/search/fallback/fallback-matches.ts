import { and, desc, inArray, or, type SQL, sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { visibleTicketsWhere } from "@/lib/tickets/visibility";
import type { SearchAudience } from "@/search/queries/audience";
import { articleVector, remarkVector, ticketVector } from "./vectors";

const { tickets, ticketRemarks, articles } = schema;

export type FallbackMatch = {
  kind: "ticket" | "article";
  id: string;
  rank: number;
  status: string;
  type: string | null;
  categoryId: string | null;
  priority: string | null;
  assigneeId: string | null;
  createdAt: Date;
};

/** At most this many matches of each kind are counted and ranked: the fallback's answer is limited, and says so. */
export const FALLBACK_CAP = 2000;

/**
 * Every ticket and article the person may see that matches the tsquery (all of them when there is none), with
 * what filtering and facets need. A ticket also matches through its remarks, its internal notes only for those
 * who may read them; `numbers` are ticket numbers typed into the box.
 */
export async function fallbackMatches(
  user: CurrentUser,
  audience: SearchAudience,
  query: SQL | null,
  numbers: number[],
): Promise<FallbackMatch[]> {
  const db = getDb();
  const remarkMatch = query
    ? sql`exists (select 1 from ${ticketRemarks} where ${ticketRemarks.ticketId} = ${tickets.id} and ${remarkVector} @@ ${query}${
        audience.internalNotes ? sql`` : sql` and ${ticketRemarks.internal} = false`
      })`
    : undefined;
  const ticketText = query
    ? or(sql`${ticketVector} @@ ${query}`, remarkMatch, numbers.length ? inArray(tickets.number, numbers) : undefined)
    : undefined;
  const ticketRank = query ? sql<number>`ts_rank_cd(${ticketVector}, ${query})` : sql<number>`0`;
  const articleRank = query ? sql<number>`ts_rank_cd(${articleVector}, ${query})` : sql<number>`0`;
  const [ticketRows, articleRows] = await Promise.all([
    audience.tickets.kind === "none"
      ? []
      : db
          .select({
            id: tickets.id,
            rank: ticketRank,
            status: tickets.status,
            type: tickets.type,
            categoryId: tickets.categoryId,
            priority: tickets.priority,
            assigneeId: tickets.assigneeId,
            createdAt: tickets.createdAt,
          })
          .from(tickets)
          .where(and(visibleTicketsWhere(user), ticketText))
          .orderBy(desc(ticketRank), desc(tickets.createdAt))
          .limit(FALLBACK_CAP),
    audience.articles.visibility.length === 0
      ? []
      : db
          .select({
            id: articles.id,
            rank: articleRank,
            status: articles.status,
            categoryId: articles.categoryId,
            createdAt: articles.createdAt,
          })
          .from(articles)
          .where(
            and(
              inArray(articles.visibility, [...audience.articles.visibility]),
              inArray(articles.status, [...audience.articles.statuses]),
              query ? sql`${articleVector} @@ ${query}` : undefined,
            ),
          )
          .orderBy(desc(articleRank), desc(articles.createdAt))
          .limit(FALLBACK_CAP),
  ]);
  return [
    ...ticketRows.map((r) => ({ kind: "ticket" as const, ...r, rank: Number(r.rank) })),
    ...articleRows.map((r) => ({ kind: "article" as const, ...r, rank: Number(r.rank), type: null, priority: null, assigneeId: null })),
  ];
}
