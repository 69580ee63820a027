import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArticleDiff } from "@/components/kb/article-diff";
import { Prose } from "@/components/kb/prose";
import { ReviewDecision } from "@/components/kb/review-decision";
import { ReviewTrailList } from "@/components/kb/review-trail-list";
import { StageBadge } from "@/components/kb/stage-badge";
import { Card } from "@/components/ui/card";
import { reviewTrail } from "@/lib/kb/queries/review-trail";
import { diffInline, readableDiff } from "@/lib/kb/readable-diff";
import { renderMarkdown } from "@/lib/kb/render-markdown";
import { loadStaffArticle } from "../load-article";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const [{ article }, t] = await Promise.all([loadStaffArticle((await params).id), getTranslations("kbReview.review")]);
  return { title: t("metaTitle", { title: article.title }) };
}

/**
 * Reviewing an article: what would be published (a published article's pending edit, or the article
 * itself), what changed against a published version (the live one unless another is chosen), the review so
 * far with the editors' comments, and the editor's decision. Writers see it too, read-only: it is where
 * they read why their draft came back.
 */
export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ against?: string }>;
}) {
  const [{ id }, { against }] = await Promise.all([params, searchParams]);
  const { user, article, versions } = await loadStaffArticle(id);
  const [t, format, trail] = await Promise.all([getTranslations("kbReview"), getFormatter(), reviewTrail(user, article.id)]);
  const pending = "pendingEdit" in article ? article.pendingEdit : null;
  const candidate = { title: pending?.title ?? article.title, body: pending?.body ?? article.body };
  const live = versions.at(-1);
  const base = versions.find((v) => String(v.number) === against) ?? live;
  const inReview = article.stage === "in_review" || article.stage === "published_in_review";
  const submitted = [...trail].reverse().find((s) => s.step === "submitted");
  const canPublish = article.allowedActions.includes("publish");
  const canSendBack = article.allowedActions.includes("sendBack");

  return (
    <div className="mx-auto max-w-6xl">
      <Link href={`/kb/articles/${article.id}`} className="mb-4 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-900">
        <ChevronLeft aria-hidden className="h-4 w-4" />
        {t("review.back")}
      </Link>
      <header className="mb-6">
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-500">
          <StageBadge stage={article.stage} />
          <span>{t("review.by", { name: article.author.name ?? "—" })}</span>
          {submitted && (
            <>
              <span aria-hidden>·</span>
              <time dateTime={submitted.at.toISOString()}>
                {t("review.submitted", { date: format.dateTime(submitted.at, { dateStyle: "medium", timeStyle: "short" }) })}
              </time>
            </>
          )}
        </div>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900" lang={article.language}>
          {t("review.title", { title: candidate.title })}
        </h1>
        {!inReview && <p className="mt-2 rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-600">{t("review.notInReview")}</p>}
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          {base ? (
            <Card
              title={t("review.changesAgainst", { number: base.number, live: base === live ? "yes" : "no" })}
              action={
                versions.length > 1 ? (
                  <nav aria-label={t("review.compareWith")} className="flex flex-wrap items-center gap-1 text-xs">
                    <span className="text-slate-500">{t("review.compareWith")}</span>
                    {versions.map((v) => (
                      <Link
                        key={v.number}
                        href={v === live ? "?" : `?against=${v.number}`}
                        aria-current={v === base ? "true" : undefined}
                        className={
                          v === base
                            ? "rounded bg-brand-50 px-1.5 py-0.5 font-medium text-brand-700"
                            : "rounded px-1.5 py-0.5 text-slate-600 hover:bg-slate-100"
                        }
                      >
                        v{v.number}
                      </Link>
                    ))}
                  </nav>
                ) : undefined
              }
            >
              <div className="p-4">
                <ArticleDiff diff={readableDiff(base.body, candidate.body)} title={diffInline(base.title, candidate.title)} />
              </div>
            </Card>
          ) : (
            <p className="rounded-lg border border-violet-200 bg-violet-50 px-4 py-2.5 text-sm text-violet-900">
              {t("review.firstVersionHint")}
            </p>
          )}

          <Card title={t("review.asReaders")}>
            <div className="p-6">
              <h2 className="mb-4 text-2xl font-semibold tracking-tight text-slate-900" lang={article.language}>
                {candidate.title}
              </h2>
              <Prose html={renderMarkdown(candidate.body)} testId="review-body" />
            </div>
          </Card>
        </div>

        <aside className="space-y-6">
          {(canPublish || canSendBack) && (
            <Card title={t("review.decision")}>
              <div className="p-4">
                <ReviewDecision articleId={article.id} canPublish={canPublish} canSendBack={canSendBack} />
              </div>
            </Card>
          )}
          <Card title={t("review.trail")}>
            <div className="p-4">
              <ReviewTrailList steps={trail} />
            </div>
          </Card>
        </aside>
      </div>
    </div>
  );
}
