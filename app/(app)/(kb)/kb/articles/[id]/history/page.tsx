import { ChevronLeft, GitPullRequestDraft } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArticleDiff } from "@/components/kb/article-diff";
import { RestoreVersionButton } from "@/components/kb/restore-version-button";
import { StageBadge } from "@/components/kb/stage-badge";
import { Badge } from "@/components/ui/badge";
import { diffInline, readableDiff } from "@/lib/kb/readable-diff";
import { loadStaffArticle } from "../load-article";

// The newest versions open with their changes shown; older ones open on a click, so a long history stays short.
const OPEN_VERSIONS = 2;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const [{ article }, t] = await Promise.all([loadStaffArticle((await params).id), getTranslations("kbReview.history")]);
  return { title: t("metaTitle", { title: article.title }) };
}

/** Every published version, newest first, with what it changed, who published it and when; any earlier one can come back as a new draft. */
export default async function HistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { article, versions } = await loadStaffArticle(id);
  const [t, format] = await Promise.all([getTranslations("kbReview"), getFormatter()]);
  const live = article.status === "published" ? versions.at(-1) : undefined;
  const mayRestore = article.allowedActions.includes("restoreVersion");
  const pending = "pendingEdit" in article ? article.pendingEdit : null;

  return (
    <div className="mx-auto max-w-5xl">
      <Link href={`/kb/articles/${article.id}`} className="mb-4 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-900">
        <ChevronLeft aria-hidden className="h-4 w-4" />
        {t("review.back")}
      </Link>
      <header className="mb-6">
        <div className="flex flex-wrap items-center gap-2">
          <StageBadge stage={article.stage} />
          <span className="text-sm text-slate-500">{t("history.count", { n: versions.length })}</span>
        </div>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900" lang={article.language}>
          {t("history.title", { title: article.title })}
        </h1>
        {mayRestore && <p className="mt-1 text-sm text-slate-500">{t("history.restoreExplained")}</p>}
      </header>

      {pending && (
        <div className="mb-6 flex flex-wrap items-center gap-3 rounded-xl border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
          <GitPullRequestDraft aria-hidden className="h-5 w-5 shrink-0 text-sky-600" />
          <p className="min-w-0 flex-1">{t(pending.submittedAt ? "pending.inReview" : "pending.draft")}</p>
          <Link href={`/kb/articles/${article.id}/review`} className="font-medium text-sky-800 underline underline-offset-2">
            {t("history.seePending")}
          </Link>
        </div>
      )}

      {versions.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-500">
          {t("history.none")}
        </p>
      ) : (
        <ol className="space-y-4" data-testid="version-list">
          {[...versions].reverse().map((version, i) => {
            const previous = versions.find((v) => v.number === version.number - 1);
            return (
              <li key={version.number} data-testid="version" className="rounded-xl border border-slate-200 bg-white shadow-sm">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
                  <span className="inline-flex h-7 min-w-7 items-center justify-center rounded-full bg-slate-100 px-2 text-xs font-semibold tabular-nums text-slate-700">
                    v{version.number}
                  </span>
                  <div className="min-w-0 flex-1">
                    <h2 className="truncate font-medium text-slate-900" lang={article.language}>
                      {version.title}
                    </h2>
                    <p className="text-xs text-slate-500">
                      {t("history.publishedBy", {
                        name: version.publishedBy.name,
                        date: format.dateTime(version.publishedAt, { dateStyle: "medium", timeStyle: "short" }),
                      })}
                    </p>
                  </div>
                  {version === live && <Badge tone="bg-emerald-50 text-emerald-800 ring-emerald-200">{t("history.live")}</Badge>}
                  {mayRestore && version !== live && <RestoreVersionButton articleId={article.id} number={version.number} />}
                </div>
                {previous ? (
                  <details open={i < OPEN_VERSIONS} className="group border-t border-slate-100">
                    <summary className="cursor-pointer select-none px-4 py-2 text-xs font-medium text-slate-500 hover:text-brand-700">
                      {t("history.changesFrom", { number: previous.number })}
                    </summary>
                    <div className="px-4 pb-4">
                      <ArticleDiff diff={readableDiff(previous.body, version.body)} title={diffInline(previous.title, version.title)} />
                    </div>
                  </details>
                ) : (
                  <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500">{t("history.first")}</p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
