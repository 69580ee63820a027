"use server";

import { z } from "zod";
import { guardedAction } from "@/lib/auth/guards";
import { createArticle, submitArticle } from "@/lib/kb/commands";
import { createArticleInput } from "@/lib/kb/schemas";

// The article form's fields are the command's own; "submit" asks for review right after saving.
const newArticleInput = createArticleInput.omit({ sourceTicketId: true }).extend({ submit: z.boolean().default(false) });

// Only IT staff write articles: createArticle decides (the guard asks only that someone is signed in).
const create = guardedAction("portal.use", newArticleInput, async (user, { submit, ...input }) => {
  const article = await createArticle(user, input);
  // The author submitting their own fresh draft: the rules allow it, so this cannot leave a half-done save.
  if (submit) await submitArticle(user, article.id);
  return { id: article.id };
});

export async function createArticleAction(input: z.input<typeof newArticleInput>) {
  return create(input);
}
