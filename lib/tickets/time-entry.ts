import { eq } from "drizzle-orm";
import type { z } from "zod";
import { schema, type Tx } from "@/db/client";
import { getSetting } from "@/lib/settings/settings";
import type { timeInput } from "./schemas";

/**
 * The columns of a time entry, on a ticket or a problem alike: the hourly cost of the moment (the person's own, else
 * the default) is frozen on the entry, so the reports cost past work at the rate it was done at.
 */
export async function timeEntryValues(tx: Tx, userId: string, input: z.output<typeof timeInput>) {
  const [me] = await tx.db.select({ cost: schema.users.hourlyCost }).from(schema.users).where(eq(schema.users.id, userId));
  return {
    userId,
    minutes: input.minutes,
    note: input.note,
    workDate: input.date ?? new Date().toISOString().slice(0, 10),
    hourlyCost: me?.cost ?? (await getSetting(tx.db, "defaultHourlyCost")),
  };
}
