/**
 * The draft article a resolved ticket suggests: its subject as the title, the problem from the description, the
 * steps from the solution, in the ticket's language, with the requester's personal details left out. Pure: the
 * capture command and the preview both use it, and a person edits the draft before it is published anyway.
 */

export type DraftLanguage = "ru" | "en";

/** What a draft is made from: a subset of the ticket as getTicket answers it. */
export type DraftSource = {
  subject: string;
  description: string;
  solution: string | null;
  category: { id: string } | null;
  /** A solution the requester may not share stays in an internal article. */
  shareable?: boolean;
};

export type ArticleDraft = {
  title: string;
  body: string;
  categoryId: string | null;
  language: DraftLanguage;
  visibility: "public" | "internal";
};

const headings: Record<DraftLanguage, { problem: string; solution: string; noSolution: string }> = {
  ru: { problem: "## Проблема", solution: "## Решение", noSolution: "_Опишите шаги решения._" },
  en: { problem: "## Problem", solution: "## Solution", noSolution: "_Describe the steps of the solution._" },
};

const placeholders: Record<DraftLanguage, { email: string; phone: string; name: string }> = {
  ru: { email: "[e-mail]", phone: "[телефон]", name: "[имя]" },
  en: { email: "[e-mail]", phone: "[phone]", name: "[name]" },
};

/** Russian if the ticket's text has more Cyrillic letters than Latin ones. */
export function detectLanguage(...texts: (string | null | undefined)[]): DraftLanguage {
  const text = texts.filter(Boolean).join(" ");
  const cyrillic = text.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return cyrillic > 0 && cyrillic >= latin ? "ru" : "en";
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// 10 to 15 digits with spaces, hyphens or brackets between them (+7 (912) 345-67-89, 8 800 555 35 35), or a
// local number written 345-67-89. Dots are not separators: IP addresses and versions stay.
const PHONE = /(?<![\p{L}\p{N}.])(?:\+?\d(?:[\s()-]{0,3}\d){9,14}|\d{3}-\d{2}-\d{2})(?![\p{L}\p{N}]|\.\d)/gu;

const LETTER = "\\p{L}";
const CYRILLIC = /^[\u0400-\u04FF]+$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pattern for one part of a name; a Russian one also in its other cases (Иванова, Ивановой, Марии). */
function namePartPattern(part: string): string {
  if (CYRILLIC.test(part) && part.length >= 4) {
    const stem = /[аяеёиоуыэюйь]$/i.test(part) ? part.slice(0, -1) : part;
    return `${escapeRegExp(stem)}[\\u0400-\\u04FF]{0,3}`;
  }
  return escapeRegExp(part);
}

function namePatterns(names: readonly string[]): RegExp[] {
  const parts = new Set<string>();
  const whole: string[] = [];
  for (const name of names) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    whole.push(trimmed);
    // Single short parts (initials, "Ли") would strip ordinary words: only parts of three letters or more.
    for (const part of trimmed.split(/[\s.,]+/)) if (part.length >= 3) parts.add(part);
  }
  const patterns = [
    // Whole names first, so "Иван Петров" becomes one placeholder rather than two.
    ...whole.sort((a, b) => b.length - a.length).map((n) => n.split(/\s+/).map(namePartPattern).join("\\s+")),
    ...[...parts].sort((a, b) => b.length - a.length).map(namePartPattern),
  ];
  return patterns.map((p) => new RegExp(`(?<!${LETTER})${p}(?!${LETTER})`, "giu"));
}

// Words of a sentence that only says how to reach someone ("Звонить [имя] по [телефон], доб. …", "Call me back at …").
const CONTACT_WORDS = new Set(
  (
    "звонить звоните позвоните позвонить перезвонить перезвоните набрать наберите тел телефон телефона номер доб " +
    "добавочный внутренний вн почта почту пишите написать мне мой моя меня по или и на в контакт контакты связь " +
    "call me back phone tel number ext extension mail email e at or and on my to reach contact"
  ).split(" "),
);

/** True for a sentence with a placeholder and nothing but contact words around it. */
function contactOnly(sentence: string, marks: readonly string[]): boolean {
  if (!marks.some((mark) => sentence.includes(mark))) return false;
  const rest = marks.reduce((text, mark) => text.split(mark).join(" "), sentence);
  return (rest.toLowerCase().match(/\p{L}+/gu) ?? []).every((word) => CONTACT_WORDS.has(word));
}

/**
 * Text with e-mail addresses, phone numbers and the given people's names replaced by placeholders; a sentence
 * left saying nothing but how to reach someone is dropped (an article has no use for "[имя], тел. [телефон]").
 */
export function stripPersonalDetails(text: string, names: readonly string[], language: DraftLanguage): string {
  const marks = placeholders[language];
  let result = text.replace(EMAIL, marks.email).replace(PHONE, marks.phone);
  for (const pattern of namePatterns(names)) result = result.replace(pattern, marks.name);
  const all = Object.values(marks);
  return result
    .split("\n")
    .map((line) => withoutContactSentences(line, all))
    .join("\n")
    .trim();
}

function withoutContactSentences(line: string, marks: readonly string[]): string {
  const kept: string[] = [];
  let dropping = false;
  for (const sentence of line.split(/(?<=[.!?])\s+/)) {
    // "… ext. 2231.": the number after an abbreviation's full stop belongs to the contact just dropped.
    dropping = contactOnly(sentence, marks) || (dropping && !/\p{L}/u.test(sentence));
    if (!dropping) kept.push(sentence);
  }
  return kept.join(" ");
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** The solution as steps: kept as it is when already a list or a single paragraph, otherwise one step per line. */
function solutionSteps(solution: string): string {
  const lines = solution.split(/\r?\n/).map((l) => l.trimEnd());
  const filled = lines.filter((l) => l.trim() !== "");
  if (filled.length <= 1 || filled.some((l) => LIST_ITEM.test(l))) return solution.trim();
  return filled.map((l, i) => `${i + 1}. ${l.trim()}`).join("\n");
}

/**
 * The draft for a ticket. `names` are the people whose names must not appear (the requester and whoever filed
 * the ticket); their e-mail addresses and any phone numbers are left out too.
 */
export function draftFromTicket(ticket: DraftSource, names: readonly string[] = []): ArticleDraft {
  const language = detectLanguage(ticket.subject, ticket.description, ticket.solution);
  const clean = (text: string) => stripPersonalDetails(text, names, language);
  const h = headings[language];
  const title = clean(ticket.subject.trim()).slice(0, 200);
  const problem = clean(ticket.description.trim()) || title;
  const solution = ticket.solution?.trim() ? solutionSteps(clean(ticket.solution.trim())) : h.noSolution;
  return {
    title,
    body: `${h.problem}\n\n${problem}\n\n${h.solution}\n\n${solution}\n`,
    categoryId: ticket.category?.id ?? null,
    language,
    visibility: ticket.shareable === false ? "internal" : "public",
  };
}
