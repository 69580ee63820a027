import type { Client, estypes, TransportRequestOptions } from "@elastic/elasticsearch";
import { SUGGESTABLE_TICKET_STATUSES } from "../documents/suggest-to";
import { aliasName } from "../indices/names";
import { audienceFilter, type SearchAudience } from "./audience";
import { highlight } from "./highlight";
import { similarTicketsQuery } from "./problem-query";
import { problemScale } from "./problem-scale";
import { dropWeakMatches, WEAK_MATCH_CUT } from "./weak-matches";

export type SimilarHit = { id: string; score: number; subjectHtml: string | null; solutionHtml: string | null };

/**
 * Resolved and closed tickets like a given one, for the ticket page. The ticket's own subject and description
 * are the query, scored like suggestions (bench:relevance measured that query on exactly this task: past
 * questions like a new one); the ticket itself is left out.
 */
export function similarRequest(
  ticket: { id: string; subject: string; description: string },
  audience: SearchAudience,
  limit: number,
): estypes.SearchRequest {
  const text = `${ticket.subject}\n${ticket.description}`;
  return {
    index: aliasName("ticket"),
    size: limit,
    _source: false,
    track_total_hits: false,
    query: {
      bool: {
        must: [similarTicketsQuery(ticket)],
        filter: [audienceFilter(audience), { term: { kind: "ticket" } }, { terms: { status: [...SUGGESTABLE_TICKET_STATUSES] } }],
        must_not: [{ ids: { values: [ticket.id] } }],
      },
    },
    highlight: highlight(
      { subject: { number_of_fragments: 0 }, solution: { fragment_size: 200, number_of_fragments: 1, no_match_size: 200 } },
      { multi_match: { query: text, fields: ["subject", "solution"] } },
    ),
  };
}

/**
 * The similar tickets, best first, without weak matches (weak-matches.ts): those scoring far below the best one,
 * or below the floor for this ticket's words, the best one too; then the list is empty and the page says nothing
 * similar was found. The scale the floor needs is asked for beside the search, not after it.
 */
export async function similarTickets(
  client: Client,
  ticket: { id: string; subject: string; description: string },
  audience: SearchAudience,
  limit: number,
  transport?: TransportRequestOptions,
): Promise<SimilarHit[]> {
  const [answer, scale] = await Promise.all([
    client.search(similarRequest(ticket, audience, limit), transport),
    problemScale(client, aliasName("ticket"), `${ticket.subject}\n${ticket.description}`, transport),
  ]);
  const hits = answer.hits.hits.map((hit) => ({ score: hit._score ?? 0, hit }));
  return dropWeakMatches(hits, WEAK_MATCH_CUT, scale).map(({ hit }) => ({
    id: hit._id!,
    score: hit._score ?? 0,
    subjectHtml: hit.highlight?.subject?.[0] ?? null,
    solutionHtml: hit.highlight?.solution?.[0] ?? null,
  }));
}
