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
const captureActionInput = captureInput.extend(ticketRef);
const linkActionInput = linkArticleInput.extend(ticketRef);
const searchInput = z.object({ q: z.string().trim().max(200) });
const pickInput = z.object({ articleId: z.string().uuid("Not a valid id") });

// Answers the new draft's id only: the capture page goes straight to its editor.
const capture = guardedAction("portal.use", captureActionInput, async (user, { ticketId, ...input }) => {
  const { article } = await captureArticle(user, ticketId, input);
  return { articleId: article.id };
});

const link = guardedAction("portal.use", linkActionInput, async (user, { ticketId, articleId }) => {
  await linkArticle(user, ticketId, articleId);
  return null;
});

// Published articles this person may read (searchArticles re-checks every hit); an empty box asks nothing.
const search = guardedAction("desk.use", searchInput, async (user, { q }) => (q ? (await searchArticles(user, q, 8)).items : []));

const pick = guardedAction("desk.use", pickInput, async (user, { articleId }) => articleForSolution(user, articleId));

export async function captureArticleAction(input: z.input<typeof captureActionInput>) {
  return capture(input);
}
export async function linkArticleAction(input: z.input<typeof linkActionInput>) {
  return link(input);
}
/** Articles for the resolve form's "Pick an article". */
export async function searchArticlesAction(input: z.input<typeof searchInput>) {
  return search(input);
}
/** The picked article's title and summary, to fill the solution with. */
export async function articleForSolutionAction(input: z.input<typeof pickInput>) {
  return pick(input);
}
