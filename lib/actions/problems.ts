"use server";

import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { guardedAction } from "@/lib/auth/guards";
import { closeProblem } from "@/lib/problems/close-problem";
import { createProblem } from "@/lib/problems/create-problem";
import { linkTicket } from "@/lib/problems/link-ticket";
import { logProblemTime } from "@/lib/problems/log-problem-time";
import { markKnownError } from "@/lib/problems/mark-known-error";
import { problemNumber } from "@/lib/problems/problem-status";
import { resolveProblem } from "@/lib/problems/resolve-problem";
import * as inputs from "@/lib/problems/schemas";
import { dismissSuggestedProblem } from "@/lib/problems/suggest/dismiss-suggested-problem";
import { unlinkTicket } from "@/lib/problems/unlink-ticket";
import { updateProblem } from "@/lib/problems/update-problem";

// Every problem action is the command's own schema plus the problem it acts on. The guard asks for
// "problems.read"; who may do what, from which state, is the problem's state machine's decision.
const problemRef = { problemId: z.string().min(1).max(64) };

function problemAction<S extends z.ZodObject>(
  schema: S,
  run: (user: CurrentUser, problemId: string, input: z.infer<S>) => Promise<unknown>,
) {
  return guardedAction("problems.read", schema.extend(problemRef), async (user, { problemId, ...input }) => {
    await run(user, problemId as string, input as z.infer<S>);
    return null;
  });
}

export const createProblemAction = guardedAction("problems.work", inputs.createProblemInput, async (user, input) => {
  const problem = await createProblem(user, input);
  return { id: problem.id, number: problemNumber(problem.number) };
});

export const linkProblemTicketAction = problemAction(inputs.linkTicketInput, linkTicket);
export const dismissSuggestedProblemAction = guardedAction(
  "problems.work",
  z.object({ ticketId: z.string().min(1).max(64) }),
  (user, input) => dismissSuggestedProblem(user, input.ticketId).then(() => null),
);
export const unlinkProblemTicketAction = problemAction(inputs.linkTicketInput, unlinkTicket);
export const knownErrorAction = problemAction(inputs.knownErrorInput, markKnownError);
export const resolveProblemAction = problemAction(inputs.resolveProblemInput, resolveProblem);
export const closeProblemAction = problemAction(inputs.closeProblemInput, (user, problemId) => closeProblem(user, problemId));
export const logProblemTimeAction = problemAction(inputs.problemTimeInput, logProblemTime);
export const rootCauseAction = problemAction(z.object({ rootCause: z.string().trim().max(20_000) }), (user, problemId, input) =>
  updateProblem(user, problemId, input),
);
