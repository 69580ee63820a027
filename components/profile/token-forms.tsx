"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { createTokenAction, revokeTokenAction } from "@/lib/actions/profile";

export function CreateTokenForm() {
  const t = useTranslations("profile");
  const [name, setName] = useState("");
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <form
        className="flex flex-wrap gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          startTransition(async () => {
            const result = await createTokenAction({ name });
            if (result.ok) {
              setToken(result.data.token);
              setError(null);
              setName("");
            } else setError(result.fields?.name ?? result.error);
          });
        }}
      >
        <input
          aria-label={t("tokenName")}
          placeholder={t("tokenName")}
          value={name}
          onChange={(e) => setName(e.target.value)}
          className="w-64 rounded-lg border border-slate-300 px-3 py-1.5 text-sm"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {t("create")}
        </button>
      </form>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {token && (
        <div className="mt-3 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm">
          <p className="mb-1 text-emerald-800">{t("copyNow")}</p>
          <code data-testid="new-token" className="select-all break-all font-mono text-xs">
            {token}
          </code>
        </div>
      )}
    </div>
  );
}

export function RevokeTokenButton({ tokenId }: { tokenId: string }) {
  const t = useTranslations("profile");
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => startTransition(async () => void (await revokeTokenAction({ tokenId })))}
      className="rounded-lg border border-red-200 px-2 py-1 text-xs text-red-700 hover:bg-red-50"
    >
      {t("revoke")}
    </button>
  );
}
