import type { CurrentUser } from "@/lib/auth/current-user";
import { markdownToText } from "@/search/documents/markdown-to-text";
import { suggest } from "@/search/queries/suggest";
import { suggestAudienceFor } from "./audience";
import { distinctItems, flattenSnippet } from "./distinct-items";
import { plainSnippet } from "./escape-html";
import { fallbackSuggest } from "./fallback/fallback-suggest";
import { suggestionUrl } from "./item-url";
import { markedSnippet } from "./marked-snippet";
import type { SuggestQuery } from "./schemas";
import { loadSuggestableRows, type SuggestableRow } from "./suggestable-rows";
import { SUGGEST_TIMEOUT, withFallback } from "./with-fallback";

export type Suggestion = { kind: "ticket" | "article"; id: string; title: string; snippet: string; url: string; score: number };

type Found = SuggestableRow & { score: number; snippetHtml?: string };

/** The same solution given to a recurring problem many times is suggested once, at its best place. */
const distinct = (items: Found[], limit: number) => distinctItems(items, (item) => `${item.kind} ${item.title} ${item.text}`, limit);

/**
 * What to show beside the new-ticket form while someone types: published articles they may read and the
 * solutions of shareable resolved or closed tickets. A ticket contributes its subject and solution only, never
 * who asked, the description, the remarks or the internal notes. Every item is re-checked against Postgres.
 */
export async function suggestSolutions(user: CurrentUser, input: SuggestQuery): Promise<{ items: Suggestion[]; limited?: true }> {
  const audience = suggestAudienceFor(user);
  const typed = { subject: input.q, description: input.description };
  const typedText = [input.q, input.description ?? ""].join("\n");
  const { result, limited } = await withFallback(
    async (client) => {
      // More than asked, so items dropped by the re-check and the de-duplication below still leave a full list.
      const hits = await suggest(client, typed, { audience, limit: input.limit * 3 + 3, enough: input.limit }, SUGGEST_TIMEOUT);
      const rows = await loadSuggestableRows(hits, audience);
      const found = hits.flatMap((hit) => {
        const row = rows.get(`${hit.kind}:${hit.id}`);
        return row ? [{ ...row, score: hit.score }] : [];
      });
      return distinct(found, input.limit);
    },
    async () => {
      const rows = await fallbackSuggest(typedText, audience, input.limit * 3);
      return distinct(
        rows.map((r) => ({ kind: r.kind, id: r.id, title: r.title, text: r.text, score: r.score, snippetHtml: r.snippetHtml })),
        input.limit,
      );
    },
    // Asked again at the next keystroke: an empty, limited answer beats a queue of expensive ones.
    { whenBusy: () => [] },
  );
  const items = result.map((item) => ({
    kind: item.kind,
    id: item.id,
    title: item.title,
    snippet: flattenSnippet(item.snippetHtml ?? snippetOf(plainText(item), typedText)),
    url: suggestionUrl(item.kind, item.id),
    score: item.score,
  }));
  return { items, ...(limited ? { limited: true as const } : {}) };
}

/** The fragment with the typed words marked (the fallback's items come with Postgres's own), else the text's start. */
function snippetOf(text: string, typed: string): string {
  return markedSnippet(text, typed) ?? plainSnippet(text);
}

/**
 * An article's text is Markdown until here: only the shown items need it as plain text, and converting every
 * re-read article was ~4% of the web server's CPU for a suggestion (bench:suggest --cpu-prof). Its syntax is no
 * letters or digits, which the de-duplication key leaves out anyway.
 */
function plainText(item: Found): string {
  return item.kind === "article" ? markdownToText(item.text) : item.text;
}
