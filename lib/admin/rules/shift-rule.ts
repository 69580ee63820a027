import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { schema, withTransaction } from "@/db/client";
import { direction, id } from "../fields";
import { notFound } from "../invalid";
import { type Actor, recordAdminChange } from "../record-admin-change";
import { shiftInOrder } from "../reorder";

export const shiftRuleInput = z.object({ ruleId: id, direction });

/** Moves a rule one place up or down: the first matching rule wins, so order is precedence. */
export async function shiftRule(actor: Actor, raw: z.input<typeof shiftRuleInput>) {
  const input = shiftRuleInput.parse(raw);
  const { assignmentRules } = schema;
  return withTransaction(async (tx) => {
    // All rules locked: two admins reordering at once must not interleave their renumbering.
    const rules = await tx.db
      .select({ id: assignmentRules.id, position: assignmentRules.position })
      .from(assignmentRules)
      .orderBy(asc(assignmentRules.position), asc(assignmentRules.name))
      .for("update");
    const from = rules.findIndex((r) => r.id === input.ruleId);
    if (from === -1) throw notFound();
    const order = shiftInOrder(
      rules.map((r) => r.id),
      input.ruleId,
      input.direction,
    );
    if (!order) return { id: input.ruleId };
    for (const [position, ruleId] of order.entries()) {
      if (rules.find((r) => r.id === ruleId)?.position !== position) {
        await tx.db.update(assignmentRules).set({ position }).where(eq(assignmentRules.id, ruleId));
      }
    }
    await recordAdminChange(
      tx,
      actor,
      { entityType: "assignment_rule", entityId: input.ruleId, action: "reordered" },
      { position: from + 1 },
      { position: order.indexOf(input.ruleId) + 1 },
    );
    return { id: input.ruleId };
  });
}
