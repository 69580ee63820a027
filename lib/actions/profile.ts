"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiToken, createTokenSchema, revokeApiToken } from "@/lib/auth/api-tokens";
import { guardedAction } from "@/lib/auth/guards";

export const createTokenAction = guardedAction("tokens.own", createTokenSchema, async (user, input) => {
  const created = await createApiToken(user.id, input);
  revalidatePath("/profile");
  return created;
});

export const revokeTokenAction = guardedAction("tokens.own", z.object({ tokenId: z.string().uuid() }), async (user, { tokenId }) => {
  await revokeApiToken(user.id, tokenId);
  revalidatePath("/profile");
  return null;
});
