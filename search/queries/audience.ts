import type { estypes } from "@elastic/elasticsearch";

/**
 * Who is asking, as the search layer needs it. lib/search builds it from the person and the permission map;
 * search/ only turns it into filters (it never decides who may see what), and lib/ checks the results again.
 *
 * tickets: `all` (IT staff), `involved` (what they filed, are requester of or watch, plus their department's if
 * they head it), or `none`. articles: which visibilities and statuses they may read. internalNotes: whether
 * internal notes may be searched and highlighted.
 */
export type TicketVisibility = { kind: "all" } | { kind: "involved"; userId: string; departmentId: string | null } | { kind: "none" };
export type SearchAudience = {
  tickets: TicketVisibility;
  articles: { visibility: readonly ("public" | "internal")[]; statuses: readonly ("draft" | "in_review" | "published" | "archived")[] };
  internalNotes: boolean;
};

function ticketFilter(tickets: TicketVisibility): estypes.QueryDslQueryContainer[] | null {
  if (tickets.kind === "none") return null;
  if (tickets.kind === "all") return [];
  const mine: estypes.QueryDslQueryContainer[] = [
    { term: { requesterId: tickets.userId } },
    { term: { createdById: tickets.userId } },
    { term: { watcherIds: tickets.userId } },
  ];
  if (tickets.departmentId) mine.push({ term: { departmentId: tickets.departmentId } });
  return [{ bool: { should: mine, minimum_should_match: 1 } }];
}

/** The filter that keeps only what `audience` may find, across both indices. */
export function audienceFilter(audience: SearchAudience): estypes.QueryDslQueryContainer {
  const should: estypes.QueryDslQueryContainer[] = [];
  const tickets = ticketFilter(audience.tickets);
  if (tickets) should.push({ bool: { filter: [{ term: { kind: "ticket" } }, ...tickets] } });
  if (audience.articles.visibility.length > 0 && audience.articles.statuses.length > 0) {
    should.push({
      bool: {
        filter: [
          { term: { kind: "article" } },
          { terms: { visibility: [...audience.articles.visibility] } },
          { terms: { status: [...audience.articles.statuses] } },
        ],
      },
    });
  }
  // Nothing allowed: a filter that matches nothing, rather than no filter at all.
  if (should.length === 0) return { bool: { must_not: [{ match_all: {} }] } };
  return { bool: { should, minimum_should_match: 1 } };
}
