import { and, inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/is-uuid";
import { visibleTicketsWhere } from "@/lib/tickets/visibility";
import type { SearchAudience } from "@/search/queries/audience";
import type { ItemRef } from "./suggestable-rows";

const { tickets, articles } = schema;

export type FoundTicket = {
  kind: "ticket";
  id: string;
  number: number;
  title: string;
  status: string;
  type: string;
  priority: string;
  categoryId: string | null;
  assigneeId: string | null;
  createdAt: Date;
  text: string;
};
export type FoundArticle = {
  kind: "article";
  id: string;
  title: string;
  status: string;
  categoryId: string | null;
  createdAt: Date;
  text: string;
};
export type FoundRow = FoundTicket | FoundArticle;

/**
 * The second wall for staff search: the found items re-read from Postgres through the same visibility rules
 * every ticket list uses (lib/tickets/visibility.ts), so an item the index let through by mistake or from a
 * stale document is dropped. Keyed by `kind:id`.
 */
export async function loadVisibleRows(user: CurrentUser, refs: ItemRef[], audience: SearchAudience): Promise<Map<string, FoundRow>> {
  const ids = (kind: ItemRef["kind"]) => refs.filter((r) => r.kind === kind && isUuid(r.id)).map((r) => r.id);
  const ticketIds = audience.tickets.kind === "none" ? [] : ids("ticket");
  const articleIds = ids("article");
  const db = getDb();
  const [ticketRows, articleRows] = await Promise.all([
    ticketIds.length
      ? db
          .select({
            id: tickets.id,
            number: tickets.number,
            title: tickets.subject,
            status: tickets.status,
            type: tickets.type,
            priority: tickets.priority,
            categoryId: tickets.categoryId,
            assigneeId: tickets.assigneeId,
            createdAt: tickets.createdAt,
            solution: tickets.solution,
            description: tickets.description,
          })
          .from(tickets)
          .where(and(inArray(tickets.id, ticketIds), visibleTicketsWhere(user)))
      : [],
    articleIds.length && audience.articles.visibility.length
      ? db
          .select({
            id: articles.id,
            title: articles.title,
            status: articles.status,
            categoryId: articles.categoryId,
            createdAt: articles.createdAt,
            text: articles.body,
          })
          .from(articles)
          .where(
            and(
              inArray(articles.id, articleIds),
              inArray(articles.visibility, [...audience.articles.visibility]),
              inArray(articles.status, [...audience.articles.statuses]),
            ),
          )
      : [],
  ]);
  const rows = new Map<string, FoundRow>();
  for (const { solution, description, ...t } of ticketRows)
    rows.set(`ticket:${t.id}`, { kind: "ticket", ...t, text: solution || description });
  for (const a of articleRows) rows.set(`article:${a.id}`, { kind: "article", ...a });
  return rows;
}
