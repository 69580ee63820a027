import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { id } from "../fields";
import { notFound } from "../invalid";
import { type Actor, recordAdminChange } from "../record-admin-change";
import { assertRuleRefs } from "./assert-rule-refs";
import { ruleColumns, ruleFields } from "./rule-input";

export const updateRuleInput = z.object({ ruleId: id, rule: ruleFields });

/** Changes a rule's name, conditions or target; its place in the order and its state stay. */
export async function updateRule(actor: Actor, raw: z.input<typeof updateRuleInput>) {
  const { ruleId, rule } = updateRuleInput.parse(raw);
  const { assignmentRules } = schema;
  return withTransaction(async (tx) => {
    const [before] = await tx.db.select().from(assignmentRules).where(eq(assignmentRules.id, ruleId)).for("update");
    if (!before) throw notFound();
    await assertRuleRefs(tx.db, rule, before);
    // Round-robin's memory belongs to the old line; a new line starts its turn afresh.
    const lastAssigneeId = rule.lineId === before.lineId ? before.lastAssigneeId : null;
    const columns = ruleColumns(rule);
    await tx.db
      .update(assignmentRules)
      .set({ ...columns, lastAssigneeId })
      .where(eq(assignmentRules.id, ruleId));
    await recordAdminChange(tx, actor, { entityType: "assignment_rule", entityId: ruleId, action: "updated" }, before, columns);
    return { id: ruleId };
  });
}
