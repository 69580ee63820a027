"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { homePathForEmail } from "@/lib/people/home-path";
import { credentialsSchema } from "@/lib/auth/verify-credentials";

export type SignInState = { error?: "wrong" | "invalid"; email?: string };

export async function signInAction(_: SignInState, form: FormData): Promise<SignInState> {
  const parsed = credentialsSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  const email = String(form.get("email") ?? "");
  if (!parsed.success) return { error: "invalid", email };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return { error: "wrong", email };
    throw error;
  }
  redirect(await homePathForEmail(parsed.data.email));
}
