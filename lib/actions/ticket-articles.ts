"use server";

import { z } from "zod";
import { guardedAction } from "@/lib/auth/guards";
import { articleForSolution } from "@/lib/kb/capture/article-for-solution";
import { captureArticle, captureInput, linkArticle, linkArticleInput } from "@/lib/kb/capture/capture";
import { searchArticles } from "@/lib/kb/queries/search-articles";

// The knowledge base on the ticket page: capture an article from a ticket, link one instead, pick one as the
// solution. The guards ask only for the app (or the desk for the picker); whether this person may do it to
// this ticket now is the capture's and the state machine's decision (IT staff, resolved or closed).
const ticketRef = { ticketId: z.string().min(1).max(64) };

// Answers the new draft's id only: the capture page goes straight to its editor.
export const captureArticleAction = guardedAction("portal.use", captureInput.extend(ticketRef), async (user, { ticketId, ...input }) => {
  const { article } = await captureArticle(user, ticketId, input);
  return { articleId: article.id };
});

export const linkArticleAction = guardedAction("portal.use", linkArticleInput.extend(ticketRef), async (user, { ticketId, articleId }) => {
  await linkArticle(user, ticketId, articleId);
  return null;
});

/** Articles for the resolve form's "Pick an article": published ones this person may read (searchArticles re-checks every hit); an empty box asks nothing. */
export const searchArticlesAction = guardedAction("desk.use", z.object({ q: z.string().trim().max(200) }), async (user, { q }) =>
  q ? (await searchArticles(user, q, 8)).items : [],
);

/** The picked article's title and summary, to fill the solution with. */
export const articleForSolutionAction = guardedAction(
  "desk.use",
  z.object({ articleId: z.string().uuid("Not a valid id") }),
  async (user, { articleId }) => articleForSolution(user, articleId),
);
