"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/current-user";
import { signOut } from "@/lib/auth/auth";
import { LOCALE_COOKIE } from "@/lib/i18n/request";
import { locales } from "@/lib/i18n/locale";
import { setUserLanguage } from "@/lib/people/set-language";

/** The header's language switch: saved on the user when signed in, and in a cookie for the sign-in page. */
export async function setLocaleAction(input: unknown): Promise<void> {
  const locale = z.enum(locales).parse(input);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await getSessionUser();
  if (user) await setUserLanguage(user.id, locale);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
