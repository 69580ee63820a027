"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { createCategory, createCategoryInput } from "@/lib/admin/categories/create-category";
import { moveCategory, moveCategoryInput } from "@/lib/admin/categories/move-category";
import { shiftCategory, shiftCategoryInput } from "@/lib/admin/categories/shift-category";
import { updateCategory, updateCategoryInput } from "@/lib/admin/categories/update-category";
import { guardedAction } from "@/lib/auth/guards";

// Each change refreshes every admin page: categories also appear in the rules and on the hub.
function refreshed<T>(run: Promise<T>): Promise<T> {
  return run.then((result) => {
    revalidatePath("/admin", "layout");
    return result;
  });
}

const create = guardedAction("admin.use", createCategoryInput, (user, input) => refreshed(createCategory(user, input)));
const update = guardedAction("admin.use", updateCategoryInput, (user, input) => refreshed(updateCategory(user, input)));
const move = guardedAction("admin.use", moveCategoryInput, (user, input) => refreshed(moveCategory(user, input)));
const shift = guardedAction("admin.use", shiftCategoryInput, (user, input) => refreshed(shiftCategory(user, input)));

export async function createCategoryAction(input: z.input<typeof createCategoryInput>) {
  return create(input);
}

export async function updateCategoryAction(input: z.input<typeof updateCategoryInput>) {
  return update(input);
}

export async function moveCategoryAction(input: z.input<typeof moveCategoryInput>) {
  return move(input);
}

export async function shiftCategoryAction(input: z.input<typeof shiftCategoryInput>) {
  return shift(input);
}
