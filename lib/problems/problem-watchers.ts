import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getUserById } from "@/lib/people/get-user";
import { problemCommand, recordProblemEvent } from "./problem-command";
import { problemWatcherInput } from "./schemas";

/** IT staff add a watcher: someone who may read problems, told of every change. */
export async function addProblemWatcher(actor: CurrentUser, problemId: string, raw: z.input<typeof problemWatcherInput>) {
  const { userId } = problemWatcherInput.parse(raw);
  return problemCommand(actor, problemId, "watch", async (tx, problem) => {
    const user = await getUserById(userId);
    if (!user || !can(user.roles, "problems.read"))
      throw new AppError("invalid_input", "Some fields are not valid", { userId: "No such person" });
    if (problem.watcherIds.includes(userId)) return;
    await tx.db.insert(schema.problemWatchers).values({ problemId: problem.id, userId });
    await recordProblemEvent(tx, problem.id, actor.id, { action: "watcher_added", data: { userId } });
  });
}

export async function removeProblemWatcher(actor: CurrentUser, problemId: string, raw: z.input<typeof problemWatcherInput>) {
  const { userId } = problemWatcherInput.parse(raw);
  return problemCommand(actor, problemId, "watch", async (tx, problem) => {
    if (!problem.watcherIds.includes(userId)) throw new AppError("not_found", "This person does not watch the problem");
    await tx.db
      .delete(schema.problemWatchers)
      .where(and(eq(schema.problemWatchers.problemId, problem.id), eq(schema.problemWatchers.userId, userId)));
    await recordProblemEvent(tx, problem.id, actor.id, { action: "watcher_removed", data: { userId } });
  });
}
