import type { ArticleStage } from "@/lib/kb/article-rules";
import type { PersonOption } from "@/lib/tickets/queries/find-people";

export type ArticleLanguage = "ru" | "en";

/** What the article form edits; the page fills it from the article (or a blank draft, or a translation). */
export type ArticleFormValues = {
  title: string;
  body: string;
  categoryId: string | null;
  tags: string[];
  language: ArticleLanguage;
  visibility: "public" | "internal";
  translationOfId: string | null;
  owner: PersonOption | null;
  /** yyyy-mm-dd, or "" for none. */
  reviewDueAt: string;
};

/** An article that may be chosen as the other-language twin. */
export type TranslationCandidate = { id: string; title: string; language: ArticleLanguage };

/** The saved article the form edits (absent on the new page). */
export type EditedArticle = { id: string; stage: ArticleStage; maySubmit: boolean };
