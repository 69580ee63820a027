"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { updatePerson, updatePersonInput } from "@/lib/admin/users/update-person";
import { guardedAction } from "@/lib/auth/guards";

const update = guardedAction("admin.use", updatePersonInput, async (user, input) => {
  const result = await updatePerson(user, input);
  revalidatePath("/admin", "layout");
  return result;
});

export async function updatePersonAction(input: z.input<typeof updatePersonInput>) {
  return update(input);
}
