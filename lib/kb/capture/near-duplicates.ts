import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { searchAudienceFor } from "@/lib/search/audience";
import { anyWordTsquery } from "@/lib/search/fallback/tsquery";
import { articleVector } from "@/lib/search/fallback/vectors";
import { SUGGEST_TIMEOUT, withFallback } from "@/lib/search/with-fallback";
import { loadTicket, resolveTicketId } from "@/lib/tickets/load-ticket";
import { checkTransition } from "@/lib/tickets/transitions";
import { COVERING_STATUSES, type NearDuplicateHit as Hit, nearDuplicates } from "@/search/queries/near-duplicates";

const { articles, ticketArticles } = schema;

const DEFAULT_LIMIT = 5;

export type NearDuplicate = {
  id: string;
  title: string;
  status: (typeof COVERING_STATUSES)[number];
  visibility: "public" | "internal";
  /** Already linked to this ticket (in any relation): nothing to link. */
  linked: boolean;
  score: number;
};

type Problem = { subject: string; description: string };

/** The same question put to Postgres while the search node is down: articles sharing words with the ticket. */
async function postgres(problem: Problem, limit: number): Promise<Hit[]> {
  const query = anyWordTsquery(`${problem.subject}\n${problem.description}`);
  if (!query) return [];
  const rank = sql<number>`ts_rank_cd(${articleVector}, ${query})`;
  const rows = await getDb()
    .select({ id: articles.id, score: rank })
    .from(articles)
    .where(and(sql`${articleVector} @@ ${query}`, inArray(articles.status, [...COVERING_STATUSES])))
    .orderBy(desc(rank))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, score: Number(r.score) }));
}

/** Near-duplicates of a problem, re-read from Postgres (the search copy may lag), most similar first. */
export async function nearDuplicatesOf(
  user: CurrentUser,
  // The ticket the draft comes from, to mark articles already linked to it; null for a problem's draft.
  ticketId: string | null,
  problem: Problem,
  limit = DEFAULT_LIMIT,
): Promise<NearDuplicate[]> {
  const audience = searchAudienceFor(user);
  const { result } = await withFallback(
    (client) => nearDuplicates(client, problem, audience, limit, SUGGEST_TIMEOUT),
    () => postgres(problem, limit),
  );
  if (result.length === 0) return [];
  const db = getDb();
  const ids = result.map((hit) => hit.id);
  const rows = await db
    .select({ id: articles.id, title: articles.title, status: articles.status, visibility: articles.visibility })
    .from(articles)
    .where(and(inArray(articles.id, ids), inArray(articles.status, [...COVERING_STATUSES])));
  const linked = ticketId
    ? await db
        .select({ id: ticketArticles.articleId })
        .from(ticketArticles)
        .where(and(eq(ticketArticles.ticketId, ticketId), inArray(ticketArticles.articleId, ids)))
    : [];
  const linkedIds = new Set(linked.map((l) => l.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return result.flatMap((hit) => {
    const row = byId.get(hit.id);
    if (!row) return [];
    return [
      {
        id: row.id,
        title: row.title,
        status: row.status as NearDuplicate["status"],
        visibility: row.visibility,
        linked: linkedIds.has(row.id),
        score: hit.score,
      },
    ];
  });
}

/**
 * Articles that already cover a ticket's problem, for "link this one instead" before capturing a new one. IT
 * staff only; a ticket the caller cannot see is "not found". Works while the search node is down (Postgres).
 */
export async function findNearDuplicates(actor: CurrentUser, idOrNumber: string, limit = DEFAULT_LIMIT): Promise<NearDuplicate[]> {
  const db = getDb();
  const id = await resolveTicketId(db, idOrNumber);
  const ticket = id ? await loadTicket(db, id) : null;
  if (!ticket) throw new AppError("not_found", "Ticket not found");
  const check = checkTransition(ticket, actor, "linkArticle");
  if (!check.ok)
    throw new AppError(
      check.reason === "not_visible" ? "not_found" : check.reason === "forbidden" ? "forbidden" : "conflict",
      check.message,
    );
  return nearDuplicatesOf(actor, ticket.id, { subject: ticket.subject, description: ticket.description }, limit);
}
