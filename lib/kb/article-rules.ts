import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";

export type ArticleStatus = "draft" | "in_review" | "published" | "archived";

/** What the rules need to know about an article. */
export type ArticleFacts = {
  status: ArticleStatus;
  visibility: "public" | "internal";
  authorId: string;
  /** Who keeps the article true (null on rows from before owners existed). */
  ownerId: string | null;
  /** A published article with a pending edit (draftTitle/draftBody set). */
  hasPendingEdit: boolean;
  /** That pending edit has been submitted for review. */
  pendingSubmitted: boolean;
};

export type ArticleActor = { id: string; roles: readonly Role[] };

/**
 * Where an article is in its lifecycle. A published article being edited stays published: its pending edit
 * goes through its own draft → review stages ("published_draft", "published_in_review") while the live
 * version is still what readers see.
 */
export type ArticleStage = "draft" | "in_review" | "published" | "published_draft" | "published_in_review" | "archived";

export type ArticleAction =
  | "view"
  | "update"
  | "submit"
  | "publish"
  | "sendBack"
  | "archive"
  | "restoreVersion"
  | "feedback"
  | "markReviewed";

export function stageOf(article: ArticleFacts): ArticleStage {
  if (article.status !== "published") return article.status;
  if (!article.hasPendingEdit) return "published";
  return article.pendingSubmitted ? "published_in_review" : "published_draft";
}

/** Knowledge editors (and admins) review, publish, send back and archive. */
export function isKnowledgeEditor(roles: readonly Role[]): boolean {
  return can(roles, "kb.review");
}

/** IT staff write drafts. */
export function mayCreateArticle(actor: ArticleActor): boolean {
  return can(actor.roles, "kb.draft");
}

type Relation = { staff: boolean; editor: boolean; author: boolean; owner: boolean; reader: boolean };
type Rule = { from: ArticleStage[]; who: (r: Relation) => boolean; whoText: string };

const drafts: ArticleStage[] = ["draft", "published_draft"];
const inReview: ArticleStage[] = ["in_review", "published_in_review"];
const live: ArticleStage[] = ["published", "published_draft", "published_in_review"];
const all: ArticleStage[] = ["draft", "in_review", "published", "published_draft", "published_in_review", "archived"];

/**
 * The article lifecycle: for each action, the stages it may start from and who may take it. An editor may
 * publish a draft directly (their review is the publishing); a specialist's way there is submit.
 */
export const articleRules: Record<ArticleAction, Rule> = {
  view: { from: all, who: (r) => r.staff || r.reader, whoText: "readers of the article" },
  update: { from: [...drafts, ...inReview, "published"], who: (r) => r.author || r.editor, whoText: "the author or a knowledge editor" },
  submit: { from: drafts, who: (r) => r.author, whoText: "the author" },
  publish: { from: [...drafts, ...inReview], who: (r) => r.editor, whoText: "a knowledge editor" },
  sendBack: { from: inReview, who: (r) => r.editor, whoText: "a knowledge editor" },
  archive: { from: ["draft", "in_review", ...live], who: (r) => r.editor, whoText: "a knowledge editor" },
  restoreVersion: { from: all, who: (r) => r.author || r.editor, whoText: "the author or a knowledge editor" },
  feedback: { from: live, who: (r) => r.staff || r.reader, whoText: "readers of the article" },
  // "Still true": the owner answers for the article between publishes; an editor may vouch for anyone's.
  markReviewed: { from: live, who: (r) => r.owner || r.editor, whoText: "the owner or a knowledge editor" },
};

function relationOf(article: ArticleFacts, actor: ArticleActor): Relation {
  const writer = can(actor.roles, "kb.draft");
  return {
    staff: can(actor.roles, "kb.internal.read"),
    editor: isKnowledgeEditor(actor.roles),
    author: writer && article.authorId === actor.id,
    owner: writer && article.ownerId === actor.id,
    // Everyone signed in reads published public articles; internal ones and unpublished ones are staff only.
    reader: article.visibility === "public" && live.includes(stageOf(article)),
  };
}

export type ArticleCheck = { ok: true } | { ok: false; reason: "not_visible" | "forbidden" | "wrong_state"; message: string };

const stageText: Record<ArticleStage, string> = {
  draft: "a draft",
  in_review: "in review",
  published: "published",
  published_draft: "published with a draft edit",
  published_in_review: "published with an edit in review",
  archived: "archived",
};

/** May `actor` take `action` on the article now? Someone who cannot see it is told it does not exist (404). */
export function checkArticle(article: ArticleFacts, actor: ArticleActor, action: ArticleAction): ArticleCheck {
  const relation = relationOf(article, actor);
  if (!articleRules.view.who(relation)) return { ok: false, reason: "not_visible", message: "Article not found" };
  const rule = articleRules[action];
  if (!rule.who(relation)) return { ok: false, reason: "forbidden", message: `Only ${rule.whoText} can do this` };
  const stage = stageOf(article);
  if (!rule.from.includes(stage))
    return { ok: false, reason: "wrong_state", message: `Not possible while the article is ${stageText[stage]}` };
  return { ok: true };
}

/** Every action the actor may take on the article now: what an article page offers. */
export function allowedArticleActions(article: ArticleFacts, actor: ArticleActor): ArticleAction[] {
  return (Object.keys(articleRules) as ArticleAction[]).filter((action) => checkArticle(article, actor, action).ok);
}
