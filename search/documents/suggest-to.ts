import type { ArticleSource, TicketSource } from "./types";

/**
 * Who may be shown a document as a suggestion while typing a new ticket: `public` readers (anyone signed in) and
 * `internal` ones (IT staff, who also read internal articles). Shareable tickets that are resolved or closed,
 * and published articles by their visibility; anything else is suggested to nobody.
 *
 * Worked out once, when the document is built, and stored in its `suggestTo` field: the suggestion query then
 * filters by one term instead of a combination of kind, shareable, status and visibility, which was ~40 % of the
 * search node's CPU for a suggestion at 100,000 tickets (bench:suggest). lib/search checks the same rule against
 * Postgres again for every item it shows.
 */
export type SuggestReader = "public" | "internal";

export const SUGGESTABLE_TICKET_STATUSES = ["resolved", "closed"] as const;

const everyone: SuggestReader[] = ["public", "internal"];

export function ticketSuggestTo(ticket: Pick<TicketSource, "shareable" | "status">): SuggestReader[] {
  const solved = (SUGGESTABLE_TICKET_STATUSES as readonly string[]).includes(ticket.status);
  return ticket.shareable && solved ? everyone : [];
}

export function articleSuggestTo(article: Pick<ArticleSource, "status" | "visibility">): SuggestReader[] {
  if (article.status !== "published") return [];
  return article.visibility === "public" ? everyone : ["internal"];
}

/** The article visibilities a reader may be suggested (the Postgres side of the same rule). */
export function visibilitiesFor(reader: SuggestReader): ("public" | "internal")[] {
  return reader === "internal" ? ["public", "internal"] : ["public"];
}
