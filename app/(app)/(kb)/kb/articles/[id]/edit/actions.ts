"use server";

import { z } from "zod";
import { guardedAction } from "@/lib/auth/guards";
import { submitArticle, updateArticle } from "@/lib/kb/commands";
import { getArticleDetail } from "@/lib/kb/get-article-detail";
import { createArticleInput } from "@/lib/kb/schemas";

const editArticleInput = createArticleInput
  .omit({ sourceTicketId: true })
  .extend({ articleId: z.string().uuid("Not a valid id"), submit: z.boolean().default(false) });

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
const save = guardedAction("portal.use", editArticleInput, async (user, { articleId, submit, ...input }) => {
  const current = await getArticleDetail(user, articleId);
  const changes = changesOf(current, input);
  if (Object.keys(changes).length > 0) await updateArticle(user, articleId, changes);
  // Submitting is the author's; an article already waiting for review is left waiting.
  if (submit) {
    const { stage } = await getArticleDetail(user, articleId);
    if (stage === "draft" || stage === "published_draft") await submitArticle(user, articleId);
  }
  const after = await getArticleDetail(user, articleId);
  return { stage: after.stage, changed: Object.keys(changes).length > 0 };
});

export async function saveArticleAction(input: z.input<typeof editArticleInput>) {
  return save(input);
}
