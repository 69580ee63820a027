import type { CurrentUser } from "@/lib/auth/current-user";
import { markdownToText } from "@/search/documents/markdown-to-text";
import { suggest } from "@/search/queries/suggest";
import { suggestAudienceFor } from "./audience";
import { distinctItems, flattenSnippet } from "./distinct-items";
import { plainSnippet } from "./escape-html";
import { fallbackSuggest } from "./fallback/fallback-suggest";
import { suggestionUrl } from "./item-url";
import type { SuggestQuery } from "./schemas";
import { loadSuggestableRows } from "./suggestable-rows";
import { SUGGEST_TIMEOUT, withFallback } from "./with-fallback";

export type Suggestion = { kind: "ticket" | "article"; id: string; title: string; snippet: string; url: string; score: number };

/**
 * What to show beside the new-ticket form while someone types: published articles they may read and the
 * solutions of shareable resolved or closed tickets. A ticket contributes its subject and solution only, never
 * who asked, the description, the remarks or the internal notes. Every item is re-checked against Postgres.
 */
export async function suggestSolutions(user: CurrentUser, input: SuggestQuery): Promise<{ items: Suggestion[]; limited?: true }> {
  const audience = suggestAudienceFor(user);
  const { result, limited } = await withFallback(
    async (client) => {
      // More than asked, so items dropped by the re-check and the de-duplication below still leave a full list.
      const hits = await suggest(
        client,
        { subject: input.q, description: input.description },
        { audience, limit: input.limit * 3 + 3, enough: input.limit },
        SUGGEST_TIMEOUT,
      );
      const rows = await loadSuggestableRows(hits, audience);
      return hits.flatMap((hit) => {
        const row = rows.get(`${hit.kind}:${hit.id}`);
        if (!row) return [];
        const text = row.kind === "article" ? markdownToText(row.text) : row.text;
        const snippet = flattenSnippet(hit.snippetHtml ?? plainSnippet(text));
        return [{ kind: row.kind, id: row.id, title: row.title, snippet, url: suggestionUrl(row.kind, row.id), score: hit.score, text }];
      });
    },
    async () => {
      const text = [input.q, input.description ?? ""].join("\n");
      const rows = await fallbackSuggest(text, audience, input.limit * 3);
      return rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        title: r.title,
        snippet: flattenSnippet(r.snippetHtml),
        url: suggestionUrl(r.kind, r.id),
        score: r.score,
        text: r.text,
      }));
    },
    // Asked again at the next keystroke: an empty, limited answer beats a queue of expensive ones.
    { whenBusy: () => [] },
  );
  const items = distinctItems(result, (item) => `${item.kind} ${item.title} ${item.text}`, input.limit).map((item) => ({
    kind: item.kind,
    id: item.id,
    title: item.title,
    snippet: item.snippet,
    url: item.url,
    score: item.score,
  }));
  return { items, ...(limited ? { limited: true as const } : {}) };
}
