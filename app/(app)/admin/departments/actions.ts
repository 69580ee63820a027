"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { createDepartment, createDepartmentInput } from "@/lib/admin/departments/create-department";
import { updateDepartment, updateDepartmentInput } from "@/lib/admin/departments/update-department";
import { guardedAction } from "@/lib/auth/guards";

const create = guardedAction("admin.use", createDepartmentInput, async (user, input) => {
  const result = await createDepartment(user, input);
  revalidatePath("/admin", "layout");
  return result;
});

const update = guardedAction("admin.use", updateDepartmentInput, async (user, input) => {
  const result = await updateDepartment(user, input);
  revalidatePath("/admin", "layout");
  return result;
});

export async function createDepartmentAction(input: z.input<typeof createDepartmentInput>) {
  return create(input);
}

export async function updateDepartmentAction(input: z.input<typeof updateDepartmentInput>) {
  return update(input);
}
