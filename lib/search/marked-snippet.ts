import { escapeHtml } from "./escape-html";

/**
 * The fragment of a suggestion's text that best matches what was typed, with the matching words in <mark>, made
 * here from the text the re-check read from Postgres. The search node's highlighter did this for every hit it
 * returned (three times more than are shown, for the re-check and de-duplication to choose from); here only the
 * shown items are marked. Words match by their start, as a light stemmer would: «бумаги» marks «бумагу»,
 * "printer" marks "printers". Returns null when no typed word occurs, and the caller shows the text's start.
 */
export function markedSnippet(text: string, typed: string, size = 160): string | null {
  const stems = new Set((typed.match(WORD) ?? []).map(stem).filter((s) => s.length >= 3));
  if (stems.size === 0) return null;
  const flat = text.replace(/\s+/g, " ").trim();
  const words = [...flat.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, stem: stem(m[0]) }));
  // Each word of the text that matches a typed word, with the one it matches.
  const typedOf = (w: string) => [...stems].find((s) => w.startsWith(s) || (w.length >= 4 && s.startsWith(w)));
  const hits = words.flatMap((w) => {
    const typedWord = typedOf(w.stem);
    return typedWord ? [{ ...w, typedWord }] : [];
  });
  if (hits.length === 0) return null;

  // The window of `size` characters, starting at a matching word, that holds the most different typed words.
  let best = { start: hits[0].start, score: -1 };
  for (const first of hits) {
    const inside = hits.filter((w) => w.start >= first.start && w.end <= first.start + size);
    const score = new Set(inside.map((w) => w.typedWord)).size * 100 + inside.length;
    if (score > best.score) best = { start: first.start, score };
  }
  // Some words of context before the first match, if the window has room for them.
  const lead = Math.min(40, Math.max(0, size - (hits.filter((w) => w.start >= best.start).at(-1)!.end - best.start)));
  let start = Math.max(0, best.start - lead);
  if (start > 0) start = words.find((w) => w.start >= start)?.start ?? best.start;
  let end = Math.min(flat.length, start + size);
  if (end < flat.length) end = words.filter((w) => w.end <= end).at(-1)?.end ?? end;

  let html = start > 0 ? "…" : "";
  let at = start;
  for (const w of hits) {
    if (w.start < start || w.end > end) continue;
    html += `${escapeHtml(flat.slice(at, w.start))}<mark>${escapeHtml(flat.slice(w.start, w.end))}</mark>`;
    at = w.end;
  }
  return `${html}${escapeHtml(flat.slice(at, end))}${end < flat.length ? "…" : ""}`;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A word's comparable start: lower case, ё as е, without the last two letters of a longer word (its ending). */
function stem(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, "е");
  return w.length <= 5 ? w : w.slice(0, Math.max(5, w.length - 2));
}
