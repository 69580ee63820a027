import { eq } from "drizzle-orm";
import { type Db, schema, type TxDb } from "@/db/client";
import { getSetting } from "@/lib/settings/settings";
import { addWorkingMinutes, type Calendar, workingMinutesBetween } from "./calendar";
import { type Priority, slaHours } from "./priority";

export type SlaPolicy = { responseMinutes: number; resolutionMinutes: number; calendar: Calendar };

/** The built-in targets of a priority, used until admins save a policy for it. */
export function defaultSlaPolicy(priority: Priority): SlaPolicy {
  return { responseMinutes: slaHours[priority].response * 60, resolutionMinutes: slaHours[priority].resolution * 60, calendar: "24x7" };
}

/** The SLA targets of a priority: the admins' policy, else the defaults. */
export async function slaPolicyFor(db: Db | TxDb, priority: Priority): Promise<SlaPolicy> {
  const [row] = await db.select().from(schema.slaPolicies).where(eq(schema.slaPolicies.priority, priority));
  if (row) return { responseMinutes: row.responseMinutes, resolutionMinutes: row.resolutionMinutes, calendar: row.calendar };
  return defaultSlaPolicy(priority);
}

/** When the first response and the resolution are due for a ticket of this priority opened at `from`. */
export async function dueDatesFor(db: Db | TxDb, priority: Priority, from: Date) {
  const policy = await slaPolicyFor(db, priority);
  const hours = await getSetting(db, "businessHours");
  return {
    responseDueAt: addWorkingMinutes(from, policy.responseMinutes, policy.calendar, hours),
    resolutionDueAt: addWorkingMinutes(from, policy.resolutionMinutes, policy.calendar, hours),
  };
}

/**
 * The resolution target moved on by the working time the ticket spent waiting for the requester. The move
 * is counted on the same calendar: eight paused working hours push a business-hours target a working day
 * on, not eight hours into the night.
 */
export async function resumeAfterPause(db: Db | TxDb, priority: Priority, due: Date, pausedAt: Date, resumedAt: Date): Promise<Date> {
  const policy = await slaPolicyFor(db, priority);
  const hours = await getSetting(db, "businessHours");
  const paused = workingMinutesBetween(pausedAt, resumedAt, policy.calendar, hours);
  if (paused === 0) return due;
  return addWorkingMinutes(due, paused, policy.calendar, hours);
}
