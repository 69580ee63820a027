import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { priorities } from "../fields";
import { type Actor, recordAdminChange } from "../record-admin-change";

const YEAR_MINUTES = 365 * 24 * 60;
const minutes = z.number({ message: "enterNumber" }).int("wholeNumber").min(1, "atLeastMinute").max(YEAR_MINUTES, "atMostYear");

const policy = z
  .object({
    priority: z.enum(priorities),
    responseMinutes: minutes,
    resolutionMinutes: minutes,
    calendar: z.enum(["24x7", "business"], { message: "pickOption" }),
  })
  // Resolving is also a response: a resolution target before the response target makes no sense.
  .refine((p) => p.resolutionMinutes >= p.responseMinutes, { path: ["resolutionMinutes"], message: "resolutionAfterResponse" });

export const updateSlaPoliciesInput = z.object({
  policies: z
    .array(policy)
    .min(1)
    .max(priorities.length)
    .refine((list) => new Set(list.map((p) => p.priority)).size === list.length, "onePerPriority"),
});

/**
 * Saves the SLA targets per priority. They apply to tickets filed from now on; tickets already open keep
 * the due dates they were given. One audit event per priority whose targets changed.
 */
export async function updateSlaPolicies(actor: Actor, raw: z.input<typeof updateSlaPoliciesInput>) {
  const { policies } = updateSlaPoliciesInput.parse(raw);
  return withTransaction(async (tx) => {
    const rows = await tx.db.select().from(schema.slaPolicies).for("update");
    const before = new Map(rows.map((r) => [r.priority, r]));
    for (const { priority, ...targets } of policies) {
      await tx.db
        .insert(schema.slaPolicies)
        .values({ priority, ...targets })
        .onConflictDoUpdate({ target: schema.slaPolicies.priority, set: targets });
      await recordAdminChange(
        tx,
        actor,
        { entityType: "sla_policy", entityId: priority, action: "updated" },
        before.get(priority) ?? null,
        targets,
      );
    }
    return { saved: policies.length };
  });
}
