"use server";

import { z } from "zod";
import { guardedAction } from "@/lib/auth/guards";
import { archiveArticle, markReviewed, publishArticle, restoreVersion, sendBack, submitArticle } from "@/lib/kb/commands";
import { archiveInput, restoreVersionInput, sendBackInput } from "@/lib/kb/schemas";

// The review workflow's buttons. "kb.edit" lets writers in; each command then asks the article's own rules
// who may do what from which stage (an author cannot publish, only the owner or an editor marks as reviewed).
const articleId = z.object({ articleId: z.string().uuid("Not a valid id") });
const done = { done: true as const };

const submit = guardedAction("kb.edit", articleId, async (user, input) => (await submitArticle(user, input.articleId), done));
const publish = guardedAction("kb.edit", articleId, async (user, input) => (await publishArticle(user, input.articleId)).number);
const back = guardedAction("kb.edit", articleId.extend(sendBackInput.shape), async (user, { articleId: id, ...input }) => (await sendBack(user, id, input), done));
const archive = guardedAction("kb.edit", articleId.extend(archiveInput.shape), async (user, { articleId: id, ...input }) => (await archiveArticle(user, id, input), done));
const restore = guardedAction("kb.edit", articleId.extend(restoreVersionInput.shape), async (user, { articleId: id, ...input }) => (await restoreVersion(user, id, input), done));
const reviewed = guardedAction("kb.edit", articleId, async (user, input) => (await markReviewed(user, input.articleId), done));

export async function submitArticleAction(input: z.input<typeof articleId>) {
  return submit(input);
}
export async function publishArticleAction(input: z.input<typeof articleId>) {
  return publish(input);
}
export async function sendBackArticleAction(input: { articleId: string; comment: string }) {
  return back(input);
}
export async function archiveArticleAction(input: { articleId: string; reason: string }) {
  return archive(input);
}
export async function restoreVersionAction(input: { articleId: string; number: number }) {
  return restore(input);
}
export async function markReviewedAction(input: z.input<typeof articleId>) {
  return reviewed(input);
}
