"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/actions/session";
import { locales } from "@/lib/i18n/locale";

export function LanguageSwitch() {
  const current = useLocale();
  const t = useTranslations("nav");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div
      role="group"
      aria-label={t("language")}
      className="inline-flex rounded-lg border border-slate-200 bg-white p-0.5 text-xs font-medium"
    >
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          disabled={pending}
          aria-pressed={locale === current}
          onClick={() =>
            startTransition(async () => {
              await setLocaleAction(locale);
              router.refresh();
            })
          }
          className={`rounded-md px-2 py-1 uppercase ${locale === current ? "bg-brand-600 text-white" : "text-slate-600 hover:bg-slate-100"}`}
        >
          {locale}
        </button>
      ))}
    </div>
  );
}
