import { Search } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** The knowledge base's search box: a plain GET form to /kb?q=…, so it works before any script loads. */
export async function KbSearchForm({ q }: { q: string }) {
  const t = await getTranslations("kb.search");
  return (
    <form action="/kb" method="get" role="search" className="flex gap-2">
      <label className="relative flex-1">
        <span className="sr-only">{t("label")}</span>
        <Search aria-hidden className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400" />
        <input
          type="search"
          name="q"
          defaultValue={q}
          maxLength={500}
          placeholder={t("placeholder")}
          data-testid="kb-search"
          className="h-11 w-full rounded-lg border border-slate-300 bg-white pl-9 pr-3 text-sm shadow-sm outline-none placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
        />
      </label>
      <button type="submit" className={buttonClass("primary", "md", "h-11 px-5")}>
        {t("submit")}
      </button>
      {q && (
        <Link href="/kb" className={buttonClass("ghost", "md", "h-11")}>
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
