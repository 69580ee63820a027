"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { updateSettings, updateSettingsInput } from "@/lib/admin/settings/update-settings";
import { guardedAction } from "@/lib/auth/guards";

const update = guardedAction("admin.use", updateSettingsInput, async (user, input) => {
  const result = await updateSettings(user, input);
  revalidatePath("/admin", "layout");
  return result;
});

export async function updateSettingsAction(input: z.input<typeof updateSettingsInput>) {
  return update(input);
}
