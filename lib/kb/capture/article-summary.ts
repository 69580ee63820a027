/**
 * What of an article goes into a ticket's solution when a specialist picks it: the steps, or else its first
 * paragraph, as plain text (the solution is shown and mailed as plain text), short enough to read in an e-mail.
 * The link to the whole article goes beside it, so cutting is safe. Pure, for the picker and its tests.
 */

const DEFAULT_MAX = 700;
const MAX_STEPS = 8;

// Headings under which an article keeps what to do: the sure ones (a captured draft's "## Решение", a known
// error's "## Обходное решение", "Порядок действий", "…самостоятельно"), then the likely ones ("Как продлить…",
// "Проверьте…"). `\b` knows no Cyrillic, hence the explicit spaces and ends.
const SURE_STEPS = /^(?:решение|solution|steps|шаги)$|порядок|самостоятельно|yourself|что делать|what to do|обходное решение|workaround/i;
const LIKELY_STEPS = /^(?:как|how to)\s|^(?:проверьте|настройка|check|setting up)(?:\s|$)/i;

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const ORDERED = /^\s{0,3}\d+[.)]\s+/;
const BULLET = /^\s{0,3}[-*+]\s+/;
const FENCE = /^\s{0,3}(```|~~~)/;

type Block =
  | { kind: "heading"; level: number; text: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "paragraph"; text: string };

/** Markdown's inline marks dropped: links keep their words, images and raw HTML go, emphasis and code lose their marks. */
export function plainInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(?<![\p{L}\p{N}*_])([*_])(?!\s)(.+?)(?<!\s)\1(?![\p{L}\p{N}*_])/gu, "$2")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** The article as headings, lists and paragraphs; code blocks, tables, quotes' marks and rules are left out. */
function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let fenced = false;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: "paragraph", text: plainInline(paragraph.join(" ")) });
    if (list) blocks.push({ kind: "list", ordered: list.ordered, items: list.items.map(plainInline) });
    paragraph = [];
    list = null;
  };
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (FENCE.test(raw)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const line = raw.replace(/^\s{0,3}>\s?/, "");
    const heading = HEADING.exec(line);
    const item = ORDERED.test(line) || BULLET.test(line);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", level: heading[1].length, text: plainInline(heading[2]) });
    } else if (line.trim() === "" || /^\s*(?:[-*_]\s*){3,}$/.test(line) || /^\s*\|/.test(line)) {
      // A blank line ends a paragraph; a list goes on across blank lines between its items.
      if (paragraph.length) flush();
    } else if (item) {
      const ordered = ORDERED.test(line);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(line.replace(ORDERED, "").replace(BULLET, ""));
    } else if (list && /^\s+\S/.test(raw)) {
      // An indented line continues the list's last item (its second line, or a nested item).
      list.items[list.items.length - 1] += ` ${line.trim().replace(ORDERED, "").replace(BULLET, "")}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks.filter((b) => (b.kind === "list" ? b.items.some(Boolean) : b.text !== ""));
}

/** Text cut at a word before `max` characters, with an ellipsis when something was cut. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max - 1);
  const space = slice.lastIndexOf(" ");
  return `${(space > max / 2 ? slice.slice(0, space) : slice).replace(/[\s,.;:—-]+$/, "")}…`;
}

/** A list as numbered (or dashed) lines, whole steps only while they fit; an ellipsis says more follow. */
function listText(list: Extract<Block, { kind: "list" }>, max: number): string {
  const lines: string[] = [];
  let length = 0;
  const items = list.items.filter(Boolean);
  for (const [index, item] of items.entries()) {
    const line = `${list.ordered ? `${index + 1}.` : "-"} ${item}`;
    if (index >= MAX_STEPS || (lines.length > 0 && length + line.length + 1 > max)) {
      lines.push("…");
      break;
    }
    lines.push(lines.length === 0 ? cut(line, max) : line);
    length += line.length + 1;
  }
  return lines.join("\n");
}

function blockText(block: Block, max: number): string {
  if (block.kind === "list") return listText(block, max);
  return block.kind === "paragraph" ? cut(block.text, max) : "";
}

/** Word stems (five letters) of a text, to tell which of several "how to" sections the title speaks of. */
function stems(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).map((w) => w.slice(0, 5)));
}

/**
 * How surely a section holds the steps: its heading sure (2) or likely (1); then a list rather than prose; then,
 * a little per word its heading shares with the title.
 */
function stepsScore(heading: string, block: Block, title: Set<string>): number {
  const tier = SURE_STEPS.test(heading) ? 2 : LIKELY_STEPS.test(heading) ? 1 : 0;
  if (tier === 0) return 0;
  const shared = [...stems(heading)].filter((s) => title.has(s)).length;
  return tier + (block.kind === "list" ? 0.5 : 0) + Math.min(shared, 9) / 100;
}

/** The first list (else paragraph) of each section whose heading introduces steps, with its score. */
function stepSections(blocks: Block[], title: Set<string>): { block: Block; score: number }[] {
  return blocks.flatMap((heading, at) => {
    if (heading.kind !== "heading") return [];
    const section = blocks.slice(at + 1);
    const end = section.findIndex((b) => b.kind === "heading" && b.level <= heading.level);
    const body = end >= 0 ? section.slice(0, end) : section;
    const block = body.find((b) => b.kind === "list") ?? body.find((b) => b.kind === "paragraph");
    const score = block ? stepsScore(heading.text, block, title) : 0;
    return block && score > 0 ? [{ block, score }] : [];
  });
}

/**
 * The summary of an article's Markdown: the section that most surely holds the steps (its list, or its first
 * paragraph; the article's title breaks ties between "how to" sections), else the article's first numbered
 * list, else its first paragraph; `""` for an empty article.
 */
export function articleSummary(markdown: string, max = DEFAULT_MAX, title = ""): string {
  const blocks = blocksOf(markdown);
  // The best score wins; of equals, the first.
  const best = stepSections(blocks, stems(title)).reduce<{ block: Block; score: number } | null>(
    (a, b) => (a && a.score >= b.score ? a : b),
    null,
  );
  if (best) return blockText(best.block, max);
  const steps = blocks.find((b) => b.kind === "list" && b.ordered);
  if (steps) return blockText(steps, max);
  const paragraph = blocks.find((b) => b.kind === "paragraph");
  return paragraph ? blockText(paragraph, max) : "";
}

/** A line or two saying what an article is about (its first paragraph, else its first list), for a result list. */
export function articleExcerpt(markdown: string, max = 220): string {
  const blocks = blocksOf(markdown);
  const first = blocks.find((b) => b.kind === "paragraph") ?? blocks.find((b) => b.kind === "list");
  if (!first) return "";
  return cut(first.kind === "list" ? first.items.filter(Boolean).join("; ") : first.text, max);
}
