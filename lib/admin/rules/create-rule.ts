import { max } from "drizzle-orm";
import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { type Actor, recordAdminChange } from "../record-admin-change";
import { assertRuleRefs } from "./assert-rule-refs";
import { ruleColumns, ruleFields } from "./rule-input";

export const createRuleInput = ruleFields;

/** Adds an active rule at the end of the list: existing rules keep precedence until it is moved up. */
export async function createRule(actor: Actor, raw: z.input<typeof createRuleInput>) {
  const rule = createRuleInput.parse(raw);
  const { assignmentRules } = schema;
  return withTransaction(async (tx) => {
    await assertRuleRefs(tx.db, rule);
    const [{ last }] = await tx.db.select({ last: max(assignmentRules.position) }).from(assignmentRules);
    const values = { ...ruleColumns(rule), active: true, position: (last ?? -1) + 1 };
    const [row] = await tx.db.insert(assignmentRules).values(values).returning({ id: assignmentRules.id });
    await recordAdminChange(tx, actor, { entityType: "assignment_rule", entityId: row.id, action: "created" }, null, values);
    return row;
  });
}
