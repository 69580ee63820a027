import type { NotifiedArticleEvent } from "@/lib/kb/article-events";
import { articleMailTexts } from "./article-mail-texts";
import { articleNotificationPath } from "./article-notification-path";
import type { ArticleRecipientReason } from "./pick-article-recipients";
import type { RenderedMail } from "./render-ticket-mail";

export type ArticleMailFacts = {
  articleId: string;
  action: NotifiedArticleEvent;
  title: string;
  /** Null when nobody is named (a deleted user). */
  actorName: string | null;
  /** The editor's comment on a send-back. */
  comment?: string;
};

// Header values must be one line, whatever a title was typed with.
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ").trim();

/**
 * One review mail for one reader, in their language: "[KB] "title" — what happened", who did it, the
 * editor's comment on a send-back, and a link (to the review page for editors told of a submission).
 */
export function renderArticleMail(input: {
  facts: ArticleMailFacts;
  reader: { language: "ru" | "en"; reason: ArticleRecipientReason };
  appUrl: string;
}): RenderedMail {
  const { facts, reader } = input;
  const t = articleMailTexts[reader.language];
  const title = t.quote(oneLine(facts.title));
  const lines: string[] = [t.headline[facts.action](title)];
  if (facts.actorName) lines.push(`${t.labels.by}: ${facts.actorName}`);
  if (facts.comment?.trim()) lines.push("", `${t.labels.comment}:\n${facts.comment.trim()}`);
  const label = facts.action === "submitted" ? t.labels.review : t.labels.link;
  lines.push("", `${label}: ${input.appUrl.replace(/\/$/, "")}${articleNotificationPath(facts.articleId, facts.action)}`);
  // "-- " is the signature separator mail clients recognise and dim.
  lines.push("", "-- ", t.why[reader.reason]);
  return {
    subject: `[${t.tag}] ${title} — ${t.subject[facts.action]}`,
    text: `${lines.join("\n")}\n`,
    // RFC 3834: tells auto-responders (out-of-office) not to answer the desk.
    headers: { "Auto-Submitted": "auto-generated" },
  };
}
