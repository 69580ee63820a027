import { and, desc, inArray, ne, sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { SUGGESTABLE_TICKET_STATUSES } from "@/search/documents/suggest-to";
import { anyWordTsquery } from "./tsquery";
import { headline, ticketVector } from "./vectors";

const { tickets } = schema;

/** Resolved and closed tickets sharing words with a ticket, from Postgres while the search node is down. */
export async function fallbackSimilar(ticket: { id: string; subject: string; description: string }, limit: number) {
  const query = anyWordTsquery(`${ticket.subject}\n${ticket.description}`);
  if (!query) return [];
  const rank = sql<number>`ts_rank_cd(${ticketVector}, ${query})`;
  const rows = await getDb()
    .select({ id: tickets.id, score: rank, solutionHtml: headline(tickets.solution, query, "MaxWords=40, MinWords=15, MaxFragments=1") })
    .from(tickets)
    .where(and(sql`${ticketVector} @@ ${query}`, ne(tickets.id, ticket.id), inArray(tickets.status, [...SUGGESTABLE_TICKET_STATUSES])))
    .orderBy(desc(rank))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, score: Number(r.score), subjectHtml: null, solutionHtml: r.solutionHtml }));
}
