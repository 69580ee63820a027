import type { estypes } from "@elastic/elasticsearch";

/**
 * What may be suggested at all: shareable tickets that are resolved or closed, and published articles of the
 * given visibilities. lib/search decides the visibilities for the person asking (requesters: public only) and
 * checks every result against Postgres again; this filter is the first of those two walls.
 */
export type SuggestAudience = { articleVisibility: readonly ("public" | "internal")[] };

export const SUGGESTABLE_TICKET_STATUSES = ["resolved", "closed"] as const;

export function suggestFilter(audience: SuggestAudience): estypes.QueryDslQueryContainer {
  return {
    bool: {
      minimum_should_match: 1,
      should: [
        {
          bool: {
            filter: [{ term: { kind: "ticket" } }, { term: { shareable: true } }, { terms: { status: [...SUGGESTABLE_TICKET_STATUSES] } }],
          },
        },
        {
          bool: {
            filter: [{ term: { kind: "article" } }, { term: { status: "published" } }, { terms: { visibility: [...audience.articleVisibility] } }],
          },
        },
      ],
    },
  };
}
