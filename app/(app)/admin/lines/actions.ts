"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { createLine, createLineInput } from "@/lib/admin/lines/create-line";
import { updateLine, updateLineInput } from "@/lib/admin/lines/update-line";
import { guardedAction } from "@/lib/auth/guards";

const create = guardedAction("admin.use", createLineInput, async (user, input) => {
  const result = await createLine(user, input);
  revalidatePath("/admin", "layout");
  return result;
});

const update = guardedAction("admin.use", updateLineInput, async (user, input) => {
  const result = await updateLine(user, input);
  revalidatePath("/admin", "layout");
  return result;
});

export async function createLineAction(input: z.input<typeof createLineInput>) {
  return create(input);
}

export async function updateLineAction(input: z.input<typeof updateLineInput>) {
  return update(input);
}
