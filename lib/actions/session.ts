"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { getSessionUser } from "@/lib/auth/current-user";
import { directoryStatus } from "@/lib/auth/directory/directory-status";
import { credentialsSchema } from "@/lib/auth/verify-credentials";
import { locales } from "@/lib/i18n/locale";
import { LOCALE_COOKIE } from "@/lib/i18n/request";
import { homePathForEmail } from "@/lib/people/home-path";
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

export type SignInState = { error?: "wrong" | "invalid" | "throttled" | "directoryDown"; email?: string; retryAfter?: number };

export async function signInAction(_: SignInState, form: FormData): Promise<SignInState> {
  const parsed = credentialsSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  const email = String(form.get("email") ?? "");
  if (!parsed.success) return { error: "invalid", email };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code.startsWith("throttled-")) {
      return { error: "throttled", email, retryAfter: Number(error.code.slice("throttled-".length)) };
    }
    // A failed sign-in while the directory is away: say so, as the person's password may well be right.
    if (error instanceof AuthError) return { error: (await directoryStatus()) === "down" ? "directoryDown" : "wrong", email };
    throw error;
  }
  redirect(await homePathForEmail(parsed.data.email));
}
