import { Eye } from "lucide-react";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

export type ArticleCardData = {
  id: string;
  title: string;
  status?: string;
  visibility: string;
  language: string;
  tags: string[];
  views?: number;
  updatedAt: Date;
  categoryRu: string | null;
  categoryEn: string | null;
};

/** One article in a list: category, language, title, a few tags, views and when it was last updated. */
export async function ArticleCard({ article: a, showViews = false }: { article: ArticleCardData; showViews?: boolean }) {
  const t = await getTranslations("kb");
  const locale = await getLocale();
  const format = await getFormatter();
  const category = locale === "ru" ? a.categoryRu : a.categoryEn;
  return (
    <li
      data-testid="article-card"
      className="group relative rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500/50 hover:shadow"
    >
      <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
        {category && <span>{category}</span>}
        {category && <span aria-hidden>·</span>}
        <span className="uppercase">{a.language}</span>
        {a.visibility === "internal" && <Badge tone="bg-amber-50 text-amber-800 ring-amber-200">{t("visibility.internal")}</Badge>}
        {a.status && a.status !== "published" && (
          <Badge tone="bg-slate-100 text-slate-600 ring-slate-200">{t(`articleStatus.${a.status}`)}</Badge>
        )}
      </div>
      <h3 className="font-medium text-slate-900 group-hover:text-brand-700">
        <Link href={`/kb/articles/${a.id}`} className="after:absolute after:inset-0 after:content-['']">
          {a.title}
        </Link>
      </h3>
      <div className="mt-2 flex flex-wrap items-center gap-1">
        {a.tags.slice(0, 3).map((tag) => (
          <span key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
            #{tag}
          </span>
        ))}
        <span className="ml-auto flex items-center gap-2 text-xs text-slate-500">
          {showViews && a.views !== undefined && (
            <span className="flex items-center gap-1" title={t("views", { n: a.views })}>
              <Eye aria-hidden className="h-3.5 w-3.5" />
              <span className="sr-only">{t("views", { n: a.views })}</span>
              <span aria-hidden>{a.views}</span>
            </span>
          )}
          <time dateTime={a.updatedAt.toISOString()}>{format.relativeTime(a.updatedAt)}</time>
        </span>
      </div>
    </li>
  );
}

/** A grid of article cards (`columns`: two side by side from medium screens, or one). */
export async function ArticleCardList({
  articles,
  showViews,
  empty,
  columns = 2,
}: {
  articles: ArticleCardData[];
  showViews?: boolean;
  empty?: string;
  columns?: 1 | 2;
}) {
  const t = await getTranslations("kb");
  if (articles.length === 0) return <p className="text-sm text-slate-500">{empty ?? t("empty")}</p>;
  return (
    <ul className={columns === 2 ? "grid gap-3 md:grid-cols-2" : "grid gap-3"}>
      {articles.map((a) => (
        <ArticleCard key={a.id} article={a} showViews={showViews} />
      ))}
    </ul>
  );
}
