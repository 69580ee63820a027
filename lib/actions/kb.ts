"use server";

import { z } from "zod";
import { guardedAction } from "@/lib/auth/guards";
import {
  archiveArticle,
  createArticle,
  markReviewed,
  publishArticle,
  recordFeedback,
  restoreVersion,
  sendBack,
  submitArticle,
  updateArticle,
} from "@/lib/kb/commands";
import { getArticleDetail } from "@/lib/kb/get-article-detail";
import { archiveInput, createArticleInput, feedbackInput, restoreVersionInput, sendBackInput } from "@/lib/kb/schemas";

const articleId = z.object({ articleId: z.string().uuid("Not a valid id") });
const done = { done: true as const };

// Readers' "Was this helpful?": recordFeedback re-checks that the viewer may read the (published) article.
export const articleFeedbackAction = guardedAction(
  "portal.use",
  feedbackInput.extend(articleId.shape),
  async (user, { articleId: id, ...input }) => {
    await recordFeedback(user, id, input);
    return { recorded: true as const };
  },
);

// The article form's fields are the command's own; "submit" asks for review right after saving.
const articleForm = createArticleInput.omit({ sourceTicketId: true }).extend({ submit: z.boolean().default(false) });

// Only IT staff write articles: createArticle decides (the guard asks only that someone is signed in).
export const createArticleAction = guardedAction("portal.use", articleForm, async (user, { submit, ...input }) => {
  const article = await createArticle(user, input);
  // The author submitting their own fresh draft: the rules allow it, so this cannot leave a half-done save.
  if (submit) await submitArticle(user, article.id);
  return { id: article.id };
});

const editArticleInput = articleForm.extend(articleId.shape);
type Edit = z.infer<typeof editArticleInput>;

const sameDay = (a: Date | null | undefined, b: Date | null | undefined) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Only what changed goes to updateArticle: on a published article any title or body in the update becomes a
 * pending edit, so re-sending an untouched text would put a needless "edit in draft" in front of editors.
 */
function changesOf(current: Awaited<ReturnType<typeof getArticleDetail>>, input: Omit<Edit, "articleId" | "submit">) {
  const title = current.pendingEdit?.title ?? current.title;
  const body = current.pendingEdit?.body ?? current.body;
  return {
    ...(input.title !== title ? { title: input.title } : {}),
    ...(input.body !== body ? { body: input.body } : {}),
    ...((input.categoryId ?? null) !== current.categoryId ? { categoryId: input.categoryId ?? null } : {}),
    ...(input.tags && input.tags.join("\n") !== current.tags.join("\n") ? { tags: input.tags } : {}),
    ...(input.visibility !== current.visibility ? { visibility: input.visibility } : {}),
    ...(input.language !== current.language ? { language: input.language } : {}),
    ...((input.translationOfId ?? null) !== current.translationOfId ? { translationOfId: input.translationOfId ?? null } : {}),
    ...(input.ownerId && input.ownerId !== (current.ownerId ?? current.authorId) ? { ownerId: input.ownerId } : {}),
    ...(input.reviewDueAt !== undefined && !sameDay(input.reviewDueAt, current.reviewDueAt) ? { reviewDueAt: input.reviewDueAt } : {}),
  };
}

// Who may edit (the author or a knowledge editor) and from which stage is the article rules' decision.
export const saveArticleAction = guardedAction("portal.use", editArticleInput, async (user, { articleId: id, submit, ...input }) => {
  const current = await getArticleDetail(user, id);
  const changes = changesOf(current, input);
  if (Object.keys(changes).length > 0) await updateArticle(user, id, changes);
  // Submitting is the author's; an article already waiting for review is left waiting.
  if (submit) {
    const { stage } = await getArticleDetail(user, id);
    if (stage === "draft" || stage === "published_draft") await submitArticle(user, id);
  }
  const after = await getArticleDetail(user, id);
  return { stage: after.stage, changed: Object.keys(changes).length > 0 };
});

// The review workflow's buttons. "kb.edit" lets writers in; each command then asks the article's own rules
// who may do what from which stage (an author cannot publish, only the owner or an editor marks as reviewed).
export const submitArticleAction = guardedAction(
  "kb.edit",
  articleId,
  async (user, input) => (await submitArticle(user, input.articleId), done),
);
export const publishArticleAction = guardedAction(
  "kb.edit",
  articleId,
  async (user, input) => (await publishArticle(user, input.articleId)).number,
);
export const sendBackArticleAction = guardedAction(
  "kb.edit",
  articleId.extend(sendBackInput.shape),
  async (user, { articleId: id, ...input }) => (await sendBack(user, id, input), done),
);
export const archiveArticleAction = guardedAction(
  "kb.edit",
  articleId.extend(archiveInput.shape),
  async (user, { articleId: id, ...input }) => (await archiveArticle(user, id, input), done),
);
export const restoreVersionAction = guardedAction(
  "kb.edit",
  articleId.extend(restoreVersionInput.shape),
  async (user, { articleId: id, ...input }) => (await restoreVersion(user, id, input), done),
);
export const markReviewedAction = guardedAction(
  "kb.edit",
  articleId,
  async (user, input) => (await markReviewed(user, input.articleId), done),
);
