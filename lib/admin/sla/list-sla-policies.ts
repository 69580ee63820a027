import { getDb, schema } from "@/db/client";
import type { Calendar } from "@/lib/routing/calendar";
import type { Priority } from "@/lib/routing/priority";
import { defaultSlaPolicy } from "@/lib/routing/sla";
import { priorities } from "../fields";

export type SlaPolicyRow = {
  priority: Priority;
  responseMinutes: number;
  resolutionMinutes: number;
  calendar: Calendar;
  /** No row saved yet: routing uses the built-in default shown here. */
  isDefault: boolean;
};

/** The SLA targets of every priority, most urgent first, as routing would apply them now. */
export async function listSlaPolicies(): Promise<SlaPolicyRow[]> {
  const rows = await getDb().select().from(schema.slaPolicies);
  const saved = new Map(rows.map((r) => [r.priority, r]));
  return [...priorities].reverse().map((priority) => {
    const row = saved.get(priority);
    return row ? { ...row, isDefault: false } : { priority, ...defaultSlaPolicy(priority), isDefault: true };
  });
}
