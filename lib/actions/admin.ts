"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createCategory, createCategoryInput } from "@/lib/admin/categories/create-category";
import { moveCategory, moveCategoryInput } from "@/lib/admin/categories/move-category";
import { shiftCategory, shiftCategoryInput } from "@/lib/admin/categories/shift-category";
import { updateCategory, updateCategoryInput } from "@/lib/admin/categories/update-category";
import { createDepartment, createDepartmentInput } from "@/lib/admin/departments/create-department";
import { updateDepartment, updateDepartmentInput } from "@/lib/admin/departments/update-department";
import { createLine, createLineInput } from "@/lib/admin/lines/create-line";
import { updateLine, updateLineInput } from "@/lib/admin/lines/update-line";
import { createRule, createRuleInput } from "@/lib/admin/rules/create-rule";
import { setRuleActive, setRuleActiveInput } from "@/lib/admin/rules/set-rule-active";
import { shiftRule, shiftRuleInput } from "@/lib/admin/rules/shift-rule";
import { updateRule, updateRuleInput } from "@/lib/admin/rules/update-rule";
import { updateSettings, updateSettingsInput } from "@/lib/admin/settings/update-settings";
import { updateSlaPolicies, updateSlaPoliciesInput } from "@/lib/admin/sla/update-sla-policies";
import { updatePerson, updatePersonInput } from "@/lib/admin/users/update-person";
import type { CurrentUser } from "@/lib/auth/current-user";
import { guardedAction } from "@/lib/auth/guards";
import { revokeSessions } from "@/lib/auth/revoke-sessions";
import { removeMailbox, removeMailboxInput } from "@/lib/mailin/remove-mailbox";
import { retryMailbox, retryMailboxInput } from "@/lib/mailin/retry-mailbox";
import { saveMailbox, saveMailboxInput } from "@/lib/mailin/save-mailbox";

/**
 * An admin command as an action. Each change refreshes every admin page: categories, lines and departments
 * also appear in the rules, the people pages and on the hub.
 */
function adminAction<S extends z.ZodType, T>(schema: S, run: (user: CurrentUser, input: z.infer<S>) => Promise<T>) {
  return guardedAction("admin.use", schema, async (user, input) => {
    const result = await run(user, input);
    revalidatePath("/admin", "layout");
    return result;
  });
}

export const createCategoryAction = adminAction(createCategoryInput, createCategory);
export const updateCategoryAction = adminAction(updateCategoryInput, updateCategory);
export const moveCategoryAction = adminAction(moveCategoryInput, moveCategory);
export const shiftCategoryAction = adminAction(shiftCategoryInput, shiftCategory);

export const createDepartmentAction = adminAction(createDepartmentInput, createDepartment);
export const updateDepartmentAction = adminAction(updateDepartmentInput, updateDepartment);

export const createLineAction = adminAction(createLineInput, createLine);
export const updateLineAction = adminAction(updateLineInput, updateLine);

export const createRuleAction = adminAction(createRuleInput, createRule);
export const updateRuleAction = adminAction(updateRuleInput, updateRule);
export const shiftRuleAction = adminAction(shiftRuleInput, shiftRule);
export const setRuleActiveAction = adminAction(setRuleActiveInput, setRuleActive);

// An admin ends every session and token of a person (a lost laptop, a leaked password).
export const revokeSessionsAction = adminAction(z.object({ userId: z.string().uuid() }), (actor, { userId }) =>
  revokeSessions(userId, actor.id),
);
export const updateSettingsAction = adminAction(updateSettingsInput, updateSettings);
export const saveMailboxAction = adminAction(saveMailboxInput, saveMailbox);
export const removeMailboxAction = adminAction(removeMailboxInput, removeMailbox);
export const retryMailboxAction = adminAction(retryMailboxInput, (_actor, input) => retryMailbox(input));
export const updateSlaPoliciesAction = adminAction(updateSlaPoliciesInput, updateSlaPolicies);
export const updatePersonAction = adminAction(updatePersonInput, updatePerson);
