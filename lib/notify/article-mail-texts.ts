import type { NotifiedArticleEvent } from "@/lib/kb/article-events";
import type { ArticleRecipientReason } from "./pick-article-recipients";

/** The texts of knowledge-base review mail in one language; only the review steps people are told of. */
export type ArticleMailTexts = {
  /** The tag in front of the subject, as "[HD-1042]" is for tickets. */
  tag: string;
  quote: (title: string) => string;
  /** What happened, after "[KB] «title» — " in the subject line. */
  subject: Record<NotifiedArticleEvent, string>;
  /** The first line of the body. */
  headline: Record<NotifiedArticleEvent, (title: string) => string>;
  labels: { by: string; comment: string; link: string; review: string };
  why: Record<ArticleRecipientReason, string>;
};

// Like the ticket mails, the Russian sentences leave the actor out of the verb (their name stands on the
// "Кто:" line), so no template has to guess anyone's grammatical gender.
const ru: ArticleMailTexts = {
  tag: "БЗ",
  quote: (s) => `«${s}»`,
  subject: { submitted: "ждёт проверки", sent_back: "возвращена на доработку", published: "опубликована" },
  headline: {
    submitted: (t) => `Статья ${t} отправлена на проверку.`,
    sent_back: (t) => `Статья ${t} возвращена на доработку.`,
    published: (t) => `Статья ${t} опубликована.`,
  },
  labels: { by: "Кто", comment: "Комментарий редактора", link: "Открыть статью", review: "Проверить статью" },
  why: {
    editor: "Вы получили это письмо как редактор базы знаний.",
    author: "Вы получили это письмо как автор статьи.",
    owner: "Вы получили это письмо как ответственный за статью.",
  },
};

const en: ArticleMailTexts = {
  tag: "KB",
  quote: (s) => `"${s}"`,
  subject: { submitted: "waiting for review", sent_back: "sent back for changes", published: "published" },
  headline: {
    submitted: (t) => `The article ${t} was submitted for review.`,
    sent_back: (t) => `The article ${t} was sent back for changes.`,
    published: (t) => `The article ${t} was published.`,
  },
  labels: { by: "By", comment: "The editor's comment", link: "Open the article", review: "Review the article" },
  why: {
    editor: "You receive this mail as a knowledge editor.",
    author: "You receive this mail as the article's author.",
    owner: "You receive this mail as the article's owner.",
  },
};

export const articleMailTexts: Record<"ru" | "en", ArticleMailTexts> = { ru, en };
