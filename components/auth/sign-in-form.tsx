"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type SignInState, signInAction } from "@/lib/actions/session";

/** One form for everyone: the server tries the directory for domain accounts and the local password otherwise. */
export function SignInForm({ directory = "off" }: { directory?: "off" | "ok" | "down" }) {
  const t = useTranslations("signIn");
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={formAction} className="space-y-4">
      <h2 className="text-lg font-medium">{t("title")}</h2>
      {directory === "down" && state.error !== "directoryDown" && (
        <p role="status" data-testid="directory-down" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {t("directoryDown")}
        </p>
      )}
      {state.error && (
        <p role="alert" data-testid="sign-in-error" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700">
          {state.error === "throttled"
            ? t("throttled", { minutes: Math.max(1, Math.ceil((state.retryAfter ?? 60) / 60)) })
            : t(state.error === "directoryDown" ? "directoryDown" : "wrong")}
        </p>
      )}
      {directory === "ok" && <p className="text-xs text-slate-500">{t("directoryHint")}</p>}
      <label className="block">
        <span className="text-sm font-medium text-slate-700">{t("email")}</span>
        <input
          name="email"
          type="email"
          required
          autoFocus
          autoComplete="username"
          defaultValue={state.email}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-500 focus:ring-brand-500"
        />
      </label>
      <label className="block">
        <span className="text-sm font-medium text-slate-700">{t("password")}</span>
        <input
          name="password"
          type="password"
          required
          autoComplete="current-password"
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-500 focus:ring-brand-500"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-lg bg-brand-600 px-4 py-2 font-medium text-white shadow-sm hover:bg-brand-700 disabled:opacity-60"
      >
        {t("submit")}
      </button>
    </form>
  );
}
