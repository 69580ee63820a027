import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** Previous / next links under a long list; nothing when everything fits on one page. */
export async function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  const t = await getTranslations("adminPages.common");
  return (
    <nav aria-label={t("pageOf", { page, pages })} className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={buttonClass("secondary", "sm")} rel="prev">
          ← {t("previous")}
        </Link>
      ) : null}
      <span className="text-slate-500">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} className={buttonClass("secondary", "sm")} rel="next">
          {t("next")} →
        </Link>
      ) : null}
    </nav>
  );
}
