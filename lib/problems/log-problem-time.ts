import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { timeEntryValues } from "@/lib/tickets/time-entry";
import { problemCommand, recordProblemEvent } from "./problem-command";
import { problemTimeInput } from "./schemas";

/** IT staff log time spent on the problem itself; the hourly cost of the moment is kept with the entry, as for tickets. */
export async function logProblemTime(actor: CurrentUser, problemId: string, raw: z.input<typeof problemTimeInput>) {
  const input = problemTimeInput.parse(raw);
  return problemCommand(actor, problemId, "logTime", async (tx, problem) => {
    const [entry] = await tx.db
      .insert(schema.problemTimeEntries)
      .values({ problemId: problem.id, ...(await timeEntryValues(tx, actor.id, input)) })
      .returning();
    await recordProblemEvent(tx, problem.id, actor.id, { action: "time_logged", data: { minutes: input.minutes, note: input.note } });
    return entry;
  });
}
