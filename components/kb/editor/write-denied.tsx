import { Lock } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Why this person cannot write here (403-like: they may see the article, not change it). */
export async function WriteDenied({ reason, articleId }: { reason: "createText" | "updateText" | "archivedText"; articleId?: string }) {
  const t = await getTranslations("kbWrite");
  return (
    <div
      className="mx-auto mt-10 max-w-lg rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm"
      role="alert"
      data-testid="write-denied"
    >
      <Lock aria-hidden className="mx-auto h-8 w-8 text-slate-400" />
      <h1 className="mt-3 text-lg font-semibold text-slate-900">{t("denied.title")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t(`denied.${reason}`)}</p>
      <Link
        href={articleId ? `/kb/articles/${articleId}` : "/kb"}
        className="mt-5 inline-block text-sm font-medium text-brand-700 hover:underline"
      >
        {articleId ? t("openArticle") : t("back")} →
      </Link>
    </div>
  );
}
