import { eq } from "drizzle-orm";
import type { z } from "zod";
import { schema } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getSetting } from "@/lib/settings/settings";
import { problemCommand, recordProblemEvent } from "./problem-command";
import { problemTimeInput } from "./schemas";

/** IT staff log time spent on the problem itself; the hourly cost of the moment is kept with the entry, as for tickets. */
export async function logProblemTime(actor: CurrentUser, problemId: string, raw: z.input<typeof problemTimeInput>) {
  const input = problemTimeInput.parse(raw);
  return problemCommand(actor, problemId, "logTime", async (tx, problem) => {
    const [me] = await tx.db.select({ cost: schema.users.hourlyCost }).from(schema.users).where(eq(schema.users.id, actor.id));
    const hourlyCost = me?.cost ?? (await getSetting(tx.db, "defaultHourlyCost"));
    const [entry] = await tx.db
      .insert(schema.problemTimeEntries)
      .values({
        problemId: problem.id,
        userId: actor.id,
        minutes: input.minutes,
        note: input.note,
        workDate: input.date ?? new Date().toISOString().slice(0, 10),
        hourlyCost,
      })
      .returning();
    await recordProblemEvent(tx, problem.id, actor.id, { action: "time_logged", data: { minutes: input.minutes, note: input.note } });
    return entry;
  });
}
