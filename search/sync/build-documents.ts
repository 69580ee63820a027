import type { Db } from "@/db/client";
import { buildArticleDocument } from "../documents/article-document";
import { buildTicketDocument } from "../documents/ticket-document";
import type { ArticleDocument, TicketDocument } from "../documents/types";
import type { SearchKind } from "../indices/names";
import { loadArticleSources } from "./load-article-sources";
import { loadTicketSources } from "./load-ticket-sources";

export type SearchDocument = TicketDocument | ArticleDocument;
/** One id and what the index should hold for it: a document, or nothing (the row is gone). */
export type DocumentChange = { id: string; document: SearchDocument | null };

/** Re-reads rows from Postgres, the truth, and builds their documents; an id without a row becomes a delete. */
export async function buildDocuments(
  db: Db,
  kind: SearchKind,
  ids: string[],
  parents?: Map<string, string | null>,
): Promise<DocumentChange[]> {
  if (kind === "ticket") {
    const sources = await loadTicketSources(db, ids, parents);
    return ids.map((id) => {
      const source = sources.get(id);
      return { id, document: source ? buildTicketDocument(source) : null };
    });
  }
  const sources = await loadArticleSources(db, ids, parents);
  return ids.map((id) => {
    const source = sources.get(id);
    return { id, document: source ? buildArticleDocument(source) : null };
  });
}
