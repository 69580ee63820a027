import { ticketNumber } from "@/lib/tickets/list-tickets";
import { markdownToText } from "@/search/documents/markdown-to-text";
import { plainSnippet } from "./escape-html";
import { itemUrl } from "./item-url";
import type { FoundRow } from "./visible-rows";

export type SearchItem = {
  kind: "ticket" | "article";
  id: string;
  number: string | null;
  title: string;
  status: string;
  type: string | null;
  priority: string | null;
  categoryId: string | null;
  assigneeId: string | null;
  createdAt: Date;
  url: string;
  score: number | null;
  /** Highlighted fragments by field (HTML: escaped text and <mark>). */
  highlights: Record<string, string[]>;
  /** The best fragment to show under the title (HTML). */
  snippet: string;
};

/** Fields whose fragment best shows why an item matched, in order of preference. */
const SNIPPET_FIELDS = ["solution", "description", "remarks", "internalNotes", "body", "tags"];

/** One search result: the row as Postgres has it now, the highlights as the search found them. */
export function searchItem(row: FoundRow, score: number | null, highlights: Record<string, string[]>): SearchItem {
  const field = SNIPPET_FIELDS.find((f) => highlights[f]?.length);
  const text = row.kind === "article" ? markdownToText(row.text) : row.text;
  return {
    kind: row.kind,
    id: row.id,
    number: row.kind === "ticket" ? ticketNumber(row.number) : null,
    title: row.title,
    status: row.status,
    type: row.kind === "ticket" ? row.type : null,
    priority: row.kind === "ticket" ? row.priority : null,
    categoryId: row.categoryId,
    assigneeId: row.kind === "ticket" ? row.assigneeId : null,
    createdAt: row.createdAt,
    url: itemUrl(row.kind, row.id),
    score,
    highlights,
    snippet: field ? highlights[field].join(" … ") : plainSnippet(text, 200),
  };
}
