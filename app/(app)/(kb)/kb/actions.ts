"use server";

import { z } from "zod";
import { guardedAction } from "@/lib/auth/guards";
import { recordFeedback } from "@/lib/kb/commands";
import { feedbackInput } from "@/lib/kb/schemas";

const articleFeedbackInput = feedbackInput.extend({ articleId: z.string().uuid("Not a valid id") });

// Readers' "Was this helpful?": recordFeedback re-checks that the viewer may read the (published) article.
const feedback = guardedAction("portal.use", articleFeedbackInput, async (user, { articleId, ...input }) => {
  await recordFeedback(user, articleId, input);
  return { recorded: true as const };
});

export async function articleFeedbackAction(input: z.input<typeof articleFeedbackInput>) {
  return feedback(input);
}
