import type { ArticleEventName } from "@/lib/kb/article-events";
import type { Person } from "./pick-recipients";

/** Why someone is told: the mail's footer says it. */
export type ArticleRecipientReason = "editor" | "author" | "owner";

export type ArticleRecipient = { userId: string; reason: ArticleRecipientReason };

export type ArticleRecipientFacts = {
  event: { action: ArticleEventName; actorId: string | null };
  article: { authorId: string; ownerId: string | null };
  /** Every knowledge editor (role editor or admin). */
  editorIds: readonly string[];
  /** Everyone named above; someone missing here is treated as gone. */
  people: ReadonlyMap<string, Pick<Person, "id" | "active">>;
};

/**
 * Who is told of one review step of an article — never the actor, never an inactive person, each once:
 * a submission goes to the knowledge editors, who review it; a send-back and a publication go to the
 * author and the owner, whose article it is.
 */
export function pickArticleRecipients({ event, article, editorIds, people }: ArticleRecipientFacts): ArticleRecipient[] {
  const candidates: [string | null, ArticleRecipientReason][] = [];
  if (event.action === "submitted") {
    editorIds.forEach((id) => candidates.push([id, "editor"]));
  } else if (event.action === "sent_back" || event.action === "published") {
    candidates.push([article.authorId, "author"], [article.ownerId, "owner"]);
  }

  const seen = new Set<string>();
  const recipients: ArticleRecipient[] = [];
  for (const [id, reason] of candidates) {
    if (!id || seen.has(id) || id === event.actorId || !people.get(id)?.active) continue;
    seen.add(id);
    recipients.push({ userId: id, reason });
  }
  return recipients;
}
