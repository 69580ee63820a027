import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { getArticle } from "@/lib/kb/get-article";

// An article's page. The text is shown as written (plain text, never interpreted as HTML); the knowledge-base
// work renders its Markdown with remark and a sanitiser.
export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("portal.use");
  const { id } = await params;
  const article = await getArticle(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("kb");
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-sm text-slate-500">
        {locale === "ru" ? article.categoryRu : article.categoryEn} · {format.dateTime(article.updatedAt, { dateStyle: "medium" })}
        {article.visibility === "internal" && <> · {t("visibility.internal")}</>}
        {article.status !== "published" && <> · {t(`articleStatus.${article.status}`)}</>}
      </p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{article.title}</h1>
      <div className="mt-6 whitespace-pre-wrap rounded-xl border border-slate-200 bg-white p-6 leading-relaxed text-slate-800 shadow-sm" data-testid="article-body">
        {article.body}
      </div>
      {article.tags.length > 0 && (
        <p className="mt-3 flex flex-wrap gap-1">
          {article.tags.map((tag) => (
            <span key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">#{tag}</span>
          ))}
        </p>
      )}
    </article>
  );
}
