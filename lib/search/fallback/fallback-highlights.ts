import { inArray, type SQL } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { headline } from "./vectors";

const { tickets, articles } = schema;

/** Highlighted fragments for one page of fallback results, by `kind:id`, field by field as the index would give them. */
export async function fallbackHighlights(
  page: { kind: "ticket" | "article"; id: string }[],
  query: SQL | null,
): Promise<Map<string, Record<string, string[]>>> {
  const result = new Map<string, Record<string, string[]>>();
  if (!query || page.length === 0) return result;
  const db = getDb();
  const ticketIds = page.filter((p) => p.kind === "ticket").map((p) => p.id);
  const articleIds = page.filter((p) => p.kind === "article").map((p) => p.id);
  const whole = "HighlightAll=true";
  const [ticketRows, articleRows] = await Promise.all([
    ticketIds.length
      ? db
          .select({
            id: tickets.id,
            subject: headline(tickets.subject, query, whole),
            description: headline(tickets.description, query),
            solution: headline(tickets.solution, query),
          })
          .from(tickets)
          .where(inArray(tickets.id, ticketIds))
      : [],
    articleIds.length
      ? db
          .select({ id: articles.id, title: headline(articles.title, query, whole), body: headline(articles.body, query) })
          .from(articles)
          .where(inArray(articles.id, articleIds))
      : [],
  ]);
  const marked = (fields: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(fields)
        .filter(([, html]) => html.includes("<mark>"))
        .map(([k, html]) => [k, [html]]),
    );
  for (const { id, ...fields } of ticketRows) result.set(`ticket:${id}`, marked(fields));
  for (const { id, ...fields } of articleRows) result.set(`article:${id}`, marked(fields));
  return result;
}
