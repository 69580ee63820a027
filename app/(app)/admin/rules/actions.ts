"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { createRule, createRuleInput } from "@/lib/admin/rules/create-rule";
import { setRuleActive, setRuleActiveInput } from "@/lib/admin/rules/set-rule-active";
import { shiftRule, shiftRuleInput } from "@/lib/admin/rules/shift-rule";
import { updateRule, updateRuleInput } from "@/lib/admin/rules/update-rule";
import { guardedAction } from "@/lib/auth/guards";

function refreshed<T>(run: Promise<T>): Promise<T> {
  return run.then((result) => {
    revalidatePath("/admin", "layout");
    return result;
  });
}

const create = guardedAction("admin.use", createRuleInput, (user, input) => refreshed(createRule(user, input)));
const update = guardedAction("admin.use", updateRuleInput, (user, input) => refreshed(updateRule(user, input)));
const shift = guardedAction("admin.use", shiftRuleInput, (user, input) => refreshed(shiftRule(user, input)));
const setActive = guardedAction("admin.use", setRuleActiveInput, (user, input) => refreshed(setRuleActive(user, input)));

export async function createRuleAction(input: z.input<typeof createRuleInput>) {
  return create(input);
}

export async function updateRuleAction(input: z.input<typeof updateRuleInput>) {
  return update(input);
}

export async function shiftRuleAction(input: z.input<typeof shiftRuleInput>) {
  return shift(input);
}

export async function setRuleActiveAction(input: z.input<typeof setRuleActiveInput>) {
  return setActive(input);
}
