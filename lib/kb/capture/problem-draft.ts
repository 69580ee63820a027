import { type ArticleDraft, type DraftLanguage, detectLanguage, stripPersonalDetails } from "./draft";

/**
 * The draft article a known error suggests: the problem's title, what people see (its description), the cause and
 * the workaround as steps — in the problem's language, contact details left out. Pure, like draftFromTicket; the
 * article follows the usual review, where an editor turns it into the final text.
 */
export type ProblemDraftSource = {
  title: string;
  description: string;
  rootCause: string | null;
  workaround: string;
  categoryId: string | null;
  /** A workaround the requesters may see makes a public article; otherwise it stays internal. */
  workaroundPublic: boolean;
};

const headings: Record<DraftLanguage, { symptoms: string; cause: string; workaround: string; noCause: string }> = {
  ru: { symptoms: "## Проблема", cause: "## Причина", workaround: "## Обходное решение", noCause: "_Причина ещё выясняется._" },
  en: { symptoms: "## Problem", cause: "## Cause", workaround: "## Workaround", noCause: "_The cause is still being investigated._" },
};

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** Several lines of a workaround read as numbered steps; a list or one paragraph stays as written. */
function steps(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length <= 1 || lines.some((l) => LIST_ITEM.test(l))) return text.trim();
  return lines.map((l, i) => `${i + 1}. ${l.trim()}`).join("\n");
}

export function draftFromProblem(problem: ProblemDraftSource): ArticleDraft {
  const language = detectLanguage(problem.title, problem.description, problem.rootCause, problem.workaround);
  const clean = (text: string) => stripPersonalDetails(text, [], language);
  const h = headings[language];
  const title = clean(problem.title.trim()).slice(0, 200);
  const cause = problem.rootCause?.trim() ? clean(problem.rootCause.trim()) : h.noCause;
  return {
    title,
    body: `${h.symptoms}\n\n${clean(problem.description.trim()) || title}\n\n${h.cause}\n\n${cause}\n\n${h.workaround}\n\n${steps(clean(problem.workaround.trim()))}\n`,
    categoryId: problem.categoryId,
    language,
    visibility: problem.workaroundPublic ? "public" : "internal",
  };
}
