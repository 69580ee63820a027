import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { id } from "../fields";
import { notFound } from "../invalid";
import { type Actor, recordAdminChange } from "../record-admin-change";

export const setRuleActiveInput = z.object({ ruleId: id, active: z.boolean() });

/** Switches a rule on or off; an inactive rule keeps its place and is skipped by routing. */
export async function setRuleActive(actor: Actor, raw: z.input<typeof setRuleActiveInput>) {
  const { ruleId, active } = setRuleActiveInput.parse(raw);
  const { assignmentRules } = schema;
  return withTransaction(async (tx) => {
    const [before] = await tx.db.select().from(assignmentRules).where(eq(assignmentRules.id, ruleId)).for("update");
    if (!before) throw notFound();
    if (before.active === active) return { id: ruleId };
    await tx.db.update(assignmentRules).set({ active }).where(eq(assignmentRules.id, ruleId));
    await recordAdminChange(
      tx,
      actor,
      { entityType: "assignment_rule", entityId: ruleId, action: active ? "activated" : "deactivated" },
      before,
      { active },
    );
    return { id: ruleId };
  });
}
