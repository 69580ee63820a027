import { and, eq, inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { SuggestAudience } from "@/search/queries/suggest-filter";
import { SUGGESTABLE_TICKET_STATUSES } from "@/search/queries/suggest-filter";

const { tickets, articles } = schema;

export type SuggestableRow = { kind: "ticket" | "article"; id: string; title: string; text: string };
export type ItemRef = { kind: "ticket" | "article"; id: string };

/**
 * The second wall for suggestions: re-reads the found items from Postgres under the same rules the index was
 * filtered by (a shareable, resolved or closed ticket; a published article the person may read). A ticket made
 * unshareable a moment ago, whose index update is still queued, is dropped here. Only the subject and solution of
 * a ticket are read: nothing else of it can end up in a suggestion. Keyed by `kind:id`.
 */
export async function loadSuggestableRows(refs: ItemRef[], audience: SuggestAudience): Promise<Map<string, SuggestableRow>> {
  const ids = (kind: ItemRef["kind"]) => refs.filter((r) => r.kind === kind && /^[0-9a-f-]{36}$/i.test(r.id)).map((r) => r.id);
  const ticketIds = ids("ticket");
  const articleIds = ids("article");
  const db = getDb();
  const [ticketRows, articleRows] = await Promise.all([
    ticketIds.length
      ? db
          .select({ id: tickets.id, title: tickets.subject, text: tickets.solution })
          .from(tickets)
          .where(and(inArray(tickets.id, ticketIds), eq(tickets.shareable, true), inArray(tickets.status, [...SUGGESTABLE_TICKET_STATUSES])))
      : [],
    articleIds.length
      ? db
          .select({ id: articles.id, title: articles.title, text: articles.body })
          .from(articles)
          .where(and(inArray(articles.id, articleIds), eq(articles.status, "published"), inArray(articles.visibility, [...audience.articleVisibility])))
      : [],
  ]);
  const rows = new Map<string, SuggestableRow>();
  for (const r of ticketRows) rows.set(`ticket:${r.id}`, { kind: "ticket", id: r.id, title: r.title, text: r.text ?? "" });
  for (const r of articleRows) rows.set(`article:${r.id}`, { kind: "article", id: r.id, title: r.title, text: r.text });
  return rows;
}
