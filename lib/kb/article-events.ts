/** Every name an article's audit event may carry (recordArticleEvent writes them). */
export const articleEventNames = [
  "created",
  "updated",
  "submitted",
  "sent_back",
  "published",
  "reviewed",
  "version_restored",
  "archived",
  "feedback",
  "attachment_added",
] as const;
export type ArticleEventName = (typeof articleEventNames)[number];

/** The review steps people are told of; other article events (edits, feedback, archiving) stay quiet. */
export const notifiedArticleEvents = ["submitted", "sent_back", "published"] as const satisfies readonly ArticleEventName[];
export type NotifiedArticleEvent = (typeof notifiedArticleEvents)[number];

export function isNotifiedArticleEvent(action: string): action is NotifiedArticleEvent {
  return (notifiedArticleEvents as readonly string[]).includes(action);
}
