import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { problemCommand, updateProblemRow } from "./problem-command";
import { knownErrorInput } from "./schemas";

/**
 * The owner or the dispatcher record the workaround: the problem becomes a known error, and the workaround shows on
 * its linked tickets (to requesters too once marked public). Said again on a known error, it restates the workaround.
 */
export async function markKnownError(actor: CurrentUser, problemId: string, raw: z.input<typeof knownErrorInput>) {
  const input = knownErrorInput.parse(raw);
  return problemCommand(actor, problemId, "knownError", async (tx, problem) => {
    await updateProblemRow(tx, problem, actor.id, "known_error", {
      status: "known_error",
      workaround: input.workaround,
      ...(input.rootCause !== undefined ? { rootCause: input.rootCause } : {}),
      ...(input.workaroundPublic !== undefined ? { workaroundPublic: input.workaroundPublic } : {}),
      knownErrorAt: problem.knownErrorAt ?? new Date(),
    });
  });
}
