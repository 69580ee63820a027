import { z } from "zod";
import { name, optionalId, priorities, ticketTypes } from "../fields";

export const strategies = ["least_open", "round_robin"] as const;

/**
 * A rule as the form sends it: conditions (each empty one matches anything) and a target, either one
 * specialist or a line with its strategy. The output keeps only the chosen target's fields, so a rule
 * never carries a stale specialist beside its line, or the reverse.
 */
export const ruleFields = z
  .object({
    name,
    categoryId: optionalId,
    includeSubcategories: z.boolean(),
    type: z.enum(ticketTypes).nullable(),
    departmentId: optionalId,
    priority: z.enum(priorities).nullable(),
    target: z.enum(["specialist", "line"], { message: "pickOption" }),
    assigneeId: optionalId,
    lineId: optionalId,
    strategy: z.enum(strategies),
  })
  .superRefine((rule, ctx) => {
    if (rule.target === "specialist" && !rule.assigneeId) ctx.addIssue({ code: "custom", path: ["assigneeId"], message: "pickSpecialist" });
    if (rule.target === "line" && !rule.lineId) ctx.addIssue({ code: "custom", path: ["lineId"], message: "pickLine" });
  })
  // `target` stays in the output so parsing the output again (the guard parses, then the command) holds.
  .transform((rule) => ({
    ...rule,
    assigneeId: rule.target === "specialist" ? rule.assigneeId : null,
    lineId: rule.target === "line" ? rule.lineId : null,
  }));

export type RuleValues = z.output<typeof ruleFields>;

/** The columns of assignment_rules a rule form sets (the target kind is implied by which id is set). */
export function ruleColumns(rule: RuleValues) {
  const { name, categoryId, includeSubcategories, type, departmentId, priority, assigneeId, lineId, strategy } = rule;
  return { name, categoryId, includeSubcategories, type, departmentId, priority, assigneeId, lineId, strategy };
}
