"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { updateSlaPolicies, updateSlaPoliciesInput } from "@/lib/admin/sla/update-sla-policies";
import { guardedAction } from "@/lib/auth/guards";

const update = guardedAction("admin.use", updateSlaPoliciesInput, async (user, input) => {
  const result = await updateSlaPolicies(user, input);
  revalidatePath("/admin", "layout");
  return result;
});

export async function updateSlaPoliciesAction(input: z.input<typeof updateSlaPoliciesInput>) {
  return update(input);
}
