import { clsx } from "clsx";
import { FolderOpen } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";

export type CategoryCount = { id: string; nameRu: string; nameEn: string; count: number };

/** The root categories as tiles, each with how many articles it holds; the chosen one is highlighted. */
export async function CategoryGrid({ categories, activeId }: { categories: CategoryCount[]; activeId?: string }) {
  const t = await getTranslations("kb");
  const locale = await getLocale();
  return (
    <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {categories.map((c) => (
        <li key={c.id}>
          <Link
            href={`/kb?category=${c.id}`}
            aria-current={c.id === activeId ? "page" : undefined}
            data-testid="kb-category"
            className={clsx(
              "flex items-center gap-3 rounded-xl border bg-white px-4 py-3 shadow-sm transition hover:border-brand-500/50 hover:shadow",
              c.id === activeId ? "border-brand-500 ring-1 ring-brand-500/30" : "border-slate-200",
            )}
          >
            <span className="flex h-9 w-9 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700">
              <FolderOpen aria-hidden className="h-4.5 w-4.5" />
            </span>
            <span className="min-w-0">
              <span className="block truncate font-medium text-slate-900">{locale === "ru" ? c.nameRu : c.nameEn}</span>
              <span className="block text-xs text-slate-500">{t("articleCount", { n: c.count })}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
