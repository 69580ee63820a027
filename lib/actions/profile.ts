"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiToken, createTokenSchema, revokeApiToken } from "@/lib/auth/api-tokens";
import { signOut } from "@/lib/auth/auth";
import { guardedAction } from "@/lib/auth/guards";
import { revokeSessions } from "@/lib/auth/revoke-sessions";

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

/** "Sign out everywhere": every session of the person ends and every token is revoked; this browser signs out too. */
export const signOutEverywhereAction = guardedAction("tokens.own", z.object({}), async (user) => {
  await revokeSessions(user.id, user.id);
  await signOut({ redirect: false });
  return null;
});
