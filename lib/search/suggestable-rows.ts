import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type Db, getDb, schema } from "@/db/client";
import { isUuid } from "@/lib/is-uuid";
import { SUGGESTABLE_TICKET_STATUSES, type SuggestReader, visibilitiesFor } from "@/search/documents/suggest-to";
import type { SuggestAudience } from "@/search/queries/suggest-filter";

const { tickets, articles } = schema;

export type SuggestableRow = { kind: "ticket" | "article"; id: string; title: string; text: string };
export type ItemRef = { kind: "ticket" | "article"; id: string };

/** The Postgres side of search/documents/suggest-to.ts: a shareable ticket that is resolved or closed. */
export function suggestableTicketWhere(): SQL {
  return and(eq(tickets.shareable, true), inArray(tickets.status, [...SUGGESTABLE_TICKET_STATUSES]))!;
}

/** A published article of a visibility the reader may be suggested. */
export function suggestableArticleWhere(audience: SuggestAudience): SQL {
  return and(eq(articles.status, "published"), inArray(articles.visibility, visibilitiesFor(audience.reader)))!;
}

/**
 * The second wall for suggestions: re-reads the found items from Postgres under the same rules the index was
 * filtered by (a shareable, resolved or closed ticket; a published article the person may read). A ticket made
 * unshareable a moment ago, whose index update is still queued, is dropped here. Only the subject and solution of
 * a ticket are read: nothing else of it can end up in a suggestion. Keyed by `kind:id`.
 */
export async function loadSuggestableRows(refs: ItemRef[], audience: SuggestAudience): Promise<Map<string, SuggestableRow>> {
  const ids = (kind: ItemRef["kind"]) => refs.filter((r) => r.kind === kind && isUuid(r.id)).map((r) => r.id);
  const ticketIds = ids("ticket");
  const articleIds = ids("article");
  if (ticketIds.length + articleIds.length === 0) return new Map();
  const found = await rowsStatement(getDb(), audience.reader).execute({ ticketIds, articleIds });
  return new Map(found.map((r) => [`${r.kind}:${r.id}`, r]));
}

/**
 * One prepared statement for both kinds, per reader (the reader fixes the visibilities; the ids are its only
 * parameters). Asked at every pause in typing: building the query with drizzle at each request was a tenth of the
 * web server's CPU for a suggestion (bench:suggest --cpu-prof), and each round trip to Postgres costs it more.
 */
const statements = new WeakMap<Db, Map<SuggestReader, ReturnType<typeof prepareRows>>>();

function rowsStatement(db: Db, reader: SuggestReader) {
  let byReader = statements.get(db);
  if (!byReader) statements.set(db, (byReader = new Map()));
  let statement = byReader.get(reader);
  if (!statement) byReader.set(reader, (statement = prepareRows(db, reader)));
  return statement;
}

function prepareRows(db: Db, reader: SuggestReader) {
  const ticketQuery = db
    .select({
      kind: sql<"ticket" | "article">`'ticket'::text`.as("kind"),
      id: tickets.id,
      title: tickets.subject,
      text: sql<string>`coalesce(${tickets.solution}, '')`.as("text"),
    })
    .from(tickets)
    .where(and(sql`${tickets.id} = any(${sql.placeholder("ticketIds")})`, suggestableTicketWhere()));
  const articleQuery = db
    .select({
      kind: sql<"ticket" | "article">`'article'::text`.as("kind"),
      id: articles.id,
      title: articles.title,
      text: sql<string>`${articles.body}`.as("text"),
    })
    .from(articles)
    .where(and(sql`${articles.id} = any(${sql.placeholder("articleIds")})`, suggestableArticleWhere({ reader })));
  return ticketQuery.unionAll(articleQuery).prepare(`suggestable_rows_${reader}`);
}
