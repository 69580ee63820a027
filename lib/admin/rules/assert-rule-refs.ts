import type { TxDb } from "@/db/client";
import { assertCategory, assertDepartment, assertLine, assertStaff } from "../assert-refs";
import type { RuleValues } from "./rule-input";

/** Every id a rule names must exist; its specialist must be active IT staff. */
export async function assertRuleRefs(db: TxDb, rule: RuleValues, unchanged?: Partial<RuleValues>): Promise<void> {
  if (rule.categoryId) await assertCategory(db, rule.categoryId);
  if (rule.departmentId) await assertDepartment(db, rule.departmentId);
  if (rule.lineId) await assertLine(db, rule.lineId);
  // Re-saving a rule whose specialist has since left is allowed (routing skips it); choosing them anew is not.
  if (rule.assigneeId && rule.assigneeId !== unchanged?.assigneeId) await assertStaff(db, [rule.assigneeId], "assigneeId");
}
