import { and, inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { ticketNumber } from "@/lib/tickets/list-tickets";
import { loadTicket, resolveTicketId } from "@/lib/tickets/load-ticket";
import { checkTransition } from "@/lib/tickets/transitions";
import { visibleTicketsWhere } from "@/lib/tickets/visibility";
import { SUGGESTABLE_TICKET_STATUSES } from "@/search/documents/suggest-to";
import { similarTickets } from "@/search/queries/similar";
import { searchAudienceFor } from "./audience";
import { distinctItems, flattenSnippet } from "./distinct-items";
import { plainSnippet } from "./escape-html";
import { fallbackSimilar } from "./fallback/fallback-similar";
import { itemUrl } from "./item-url";
import { SEARCH_TIMEOUT, withFallback } from "./with-fallback";

const { tickets } = schema;

export type SimilarTicket = {
  id: string;
  number: string;
  subject: string;
  status: string;
  solution: string;
  snippet: string;
  resolvedAt: Date | null;
  url: string;
  score: number;
};

/**
 * Resolved and closed tickets like this one, with their solutions, for the ticket page ("use this solution"
 * copies `solution`). The ticket itself must be visible to the caller (else "not found"), and so must each
 * result: they are re-read from Postgres through the same visibility rules.
 */
export async function similarTicketsFor(
  user: CurrentUser,
  idOrNumber: string,
  limit: number,
): Promise<{ items: SimilarTicket[]; limited?: true }> {
  const db = getDb();
  const id = await resolveTicketId(db, idOrNumber);
  const ticket = id ? await loadTicket(db, id) : null;
  if (!ticket || !checkTransition(ticket, user, "view").ok) throw new AppError("not_found", "Ticket not found");
  const source = { id: ticket.id, subject: ticket.subject, description: ticket.description };
  const { result, limited } = await withFallback(
    (client) => similarTickets(client, source, searchAudienceFor(user), limit * 3 + 2, SEARCH_TIMEOUT),
    () => fallbackSimilar(source, limit * 3 + 2),
  );
  const ids = result.map((hit) => hit.id);
  const rows = ids.length
    ? await db
        .select({
          id: tickets.id,
          number: tickets.number,
          subject: tickets.subject,
          status: tickets.status,
          solution: tickets.solution,
          resolvedAt: tickets.resolvedAt,
        })
        .from(tickets)
        .where(and(inArray(tickets.id, ids), inArray(tickets.status, [...SUGGESTABLE_TICKET_STATUSES]), visibleTicketsWhere(user)))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = result.flatMap((hit) => {
    const row = byId.get(hit.id);
    if (!row) return [];
    const solution = row.solution ?? "";
    return [
      {
        id: row.id,
        number: ticketNumber(row.number),
        subject: row.subject,
        status: row.status,
        solution,
        snippet: flattenSnippet(hit.solutionHtml ?? plainSnippet(solution, 200)),
        resolvedAt: row.resolvedAt,
        url: itemUrl("ticket", row.id),
        score: hit.score,
      },
    ];
  });
  // The same solution given to a recurring problem many times is shown once: the most similar ticket of them.
  const distinct = distinctItems(items, (item) => `${item.subject} ${item.solution}`);
  return { items: distinct.slice(0, limit), ...(limited ? { limited: true as const } : {}) };
}
