import type { z } from "zod";
import { getDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { NearDuplicate } from "@/lib/kb/capture/near-duplicates";
import { draftKnownErrorArticle, hasDraftedArticle, knownErrorNearDuplicates } from "./article/known-error-article";
import { loadProblem, resolveProblemId } from "./load-problem";
import { problemCommand, updateProblemRow } from "./problem-command";
import { knownErrorInput } from "./schemas";
import { checkProblemTransition } from "./transitions";

/**
 * The owner or the dispatcher record the workaround: the problem becomes a known error, and the workaround shows on
 * its linked tickets (to requesters too once marked public). The first time, a knowledge-base article is drafted
 * from the root cause and workaround (the capture flow, with its near-duplicate check), linked to the problem, in
 * the same transaction. Said again on a known error, it restates the workaround; the draft is not made twice.
 */
export async function markKnownError(actor: CurrentUser, problemId: string, raw: z.input<typeof knownErrorInput>) {
  const input = knownErrorInput.parse(raw);
  const nearDuplicates = await nearDuplicatesFirst(actor, problemId, input);
  return problemCommand(actor, problemId, "knownError", async (tx, problem) => {
    const rootCause = input.rootCause !== undefined ? input.rootCause : problem.rootCause;
    const workaroundPublic = input.workaroundPublic ?? problem.workaroundPublic;
    const article =
      nearDuplicates && !(await hasDraftedArticle(tx.db, problem.id))
        ? await draftKnownErrorArticle(tx, actor, { ...problem, rootCause, workaround: input.workaround, workaroundPublic }, nearDuplicates)
        : null;
    await updateProblemRow(
      tx,
      problem,
      actor.id,
      "known_error",
      {
        status: "known_error",
        workaround: input.workaround,
        ...(input.rootCause !== undefined ? { rootCause: input.rootCause } : {}),
        ...(input.workaroundPublic !== undefined ? { workaroundPublic: input.workaroundPublic } : {}),
        knownErrorAt: problem.knownErrorAt ?? new Date(),
      },
      article ? { articleId: article.id, articleTitle: article.title } : undefined,
    );
    return { articleId: article?.id ?? null, nearDuplicates: nearDuplicates ?? [] };
  });
}

/**
 * The near-duplicates, asked of the search node before the problem is locked — only when this call will draft the
 * article (the actor may make it a known error, and none was drafted yet); null otherwise. The command checks again.
 */
async function nearDuplicatesFirst(
  actor: CurrentUser,
  idOrNumber: string,
  input: z.infer<typeof knownErrorInput>,
): Promise<NearDuplicate[] | null> {
  const db = getDb();
  const id = await resolveProblemId(db, idOrNumber);
  const problem = id ? await loadProblem(db, id) : null;
  if (!problem || !checkProblemTransition(problem, actor, "knownError").ok || (await hasDraftedArticle(db, problem.id))) return null;
  return knownErrorNearDuplicates(actor, { ...problem, rootCause: input.rootCause ?? problem.rootCause, workaround: input.workaround });
}
