import { ChevronLeft, FileText, GitPullRequestDraft, Languages } from "lucide-react";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArticleStaffPanel } from "@/components/kb/article-staff-panel";
import { FeedbackForm } from "@/components/kb/feedback-form";
import { Prose } from "@/components/kb/prose";
import { Badge } from "@/components/ui/badge";
import { can } from "@/lib/auth/permissions";
import { relatedArticles } from "@/lib/kb/queries/browse-articles";
import { countView } from "@/lib/kb/queries/count-view";
import { reviewTrail } from "@/lib/kb/queries/review-trail";
import { renderMarkdown } from "@/lib/kb/render-markdown";
import { loadArticle } from "./load-article";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { article } = await loadArticle((await params).id);
  return { title: article.title };
}

// An article's page: its Markdown rendered on the server and sanitised, the helpful vote and related articles.
export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, article } = await loadArticle(id);
  const [t, tr, locale, format, related, trail] = await Promise.all([
    getTranslations("kb"),
    getTranslations("kbReview"),
    getLocale(),
    getFormatter(),
    relatedArticles(user, { id: article.id, categoryId: article.category?.id ?? null }),
    reviewTrail(user, article.id),
    article.status === "published" ? countView(article.id) : Promise.resolve(),
  ]);
  const category = article.category ? (locale === "ru" ? article.category.nameRu : article.category.nameEn) : null;
  const live = article.status === "published";
  // The side panel, the pending edit and the counters are for IT staff; readers see the article alone.
  const staff = can(user.roles, "kb.internal.read");
  const pendingEdit = "pendingEdit" in article ? article.pendingEdit : null;
  const translations = [...(article.translations.of ? [article.translations.of] : []), ...article.translations.by];
  // A draft that came back from review says why, where its author will look first.
  const lastStep = trail.filter((s) => s.step !== "created").at(-1);
  const sentBack = (article.stage === "draft" || article.stage === "published_draft") && lastStep?.step === "sent_back" ? lastStep : null;

  return (
    <div className="mx-auto max-w-5xl">
      <Link href="/kb" className="mb-4 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-900">
        <ChevronLeft aria-hidden className="h-4 w-4" />
        {t("home")}
      </Link>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <article className="min-w-0">
          <header className="mb-6">
            <div className="flex flex-wrap items-center gap-2 text-sm text-slate-500">
              {article.category ? (
                <Link
                  href={`/kb?category=${article.category.id}`}
                  className="font-medium text-brand-700 hover:underline"
                  data-testid="article-category"
                >
                  {category}
                </Link>
              ) : (
                <span>{t("article.noCategory")}</span>
              )}
              <span aria-hidden>·</span>
              <span lang={article.language}>{t(`article.language.${article.language}`)}</span>
              <span aria-hidden>·</span>
              <time dateTime={article.updatedAt.toISOString()}>
                {t("article.updated", { date: format.dateTime(article.updatedAt, { dateStyle: "long" }) })}
              </time>
              {article.visibility === "internal" && (
                <Badge tone="bg-amber-50 text-amber-800 ring-amber-200">{t("visibility.internal")}</Badge>
              )}
              {!live && <Badge tone="bg-slate-100 text-slate-600 ring-slate-200">{t(`articleStatus.${article.status}`)}</Badge>}
            </div>
            <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900" lang={article.language}>
              {article.title}
            </h1>
            {translations.length > 0 && (
              <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500" data-testid="article-translations">
                <Languages aria-hidden className="h-4 w-4 text-slate-400" />
                {translations.map((other) => (
                  <Link
                    key={other.id}
                    href={`/kb/articles/${other.id}`}
                    hrefLang={other.language}
                    lang={other.language}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {tr(`readIn.${other.language}`)}
                  </Link>
                ))}
              </p>
            )}
          </header>

          {staff && pendingEdit && (
            <div
              className="mb-4 flex flex-wrap items-center gap-3 rounded-xl border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900"
              data-testid="pending-edit-notice"
            >
              <GitPullRequestDraft aria-hidden className="h-5 w-5 shrink-0 text-sky-600" />
              <p className="min-w-0 flex-1">{tr(pendingEdit.submittedAt ? "pending.inReview" : "pending.draft")}</p>
              <Link
                href={`/kb/articles/${article.id}/review`}
                className="font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950"
              >
                {pendingEdit.submittedAt && article.allowedActions.includes("publish") ? tr("actions.review") : tr("history.seePending")}
              </Link>
            </div>
          )}

          {staff && sentBack && (
            <div className="mb-4 rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-950" data-testid="sent-back-notice">
              <p className="font-medium">
                {tr("sentBack", { name: sentBack.actorName ?? "—", date: format.dateTime(sentBack.at, { dateStyle: "medium" }) })}
              </p>
              {sentBack.comment && <p className="mt-1 whitespace-pre-wrap">{sentBack.comment}</p>}
            </div>
          )}

          <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
            <Prose html={renderMarkdown(article.body)} testId="article-body" />
            {article.tags.length > 0 && (
              <div className="mt-8 flex flex-wrap items-center gap-1.5 border-t border-slate-100 pt-4">
                <span className="sr-only">{t("article.tags")}</span>
                {article.tags.map((tag) => (
                  <span key={tag} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-600" data-testid="article-tag">
                    #{tag}
                  </span>
                ))}
              </div>
            )}
          </div>

          {live && (
            <section className="mt-6 rounded-xl border border-slate-200 bg-slate-50 p-5">
              <FeedbackForm articleId={article.id} />
            </section>
          )}
        </article>

        <aside className={staff ? "space-y-6" : "space-y-6 lg:pt-16"}>
          {staff && <ArticleStaffPanel article={article} />}
          {related.length > 0 && (
            <section data-testid="related-articles">
              <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">{t("article.related")}</h2>
              <ul className="space-y-1">
                {related.map((r) => (
                  <li key={r.id}>
                    <Link
                      href={`/kb/articles/${r.id}`}
                      className="flex gap-2 rounded-lg px-2 py-1.5 text-sm text-slate-700 hover:bg-white hover:text-brand-700 hover:shadow-sm"
                    >
                      <FileText aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-slate-400" />
                      <span lang={r.language}>{r.title}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
            <p className="font-medium text-slate-900">{t("noAnswer")}</p>
            <Link href="/portal/new" className="mt-1 inline-block font-medium text-brand-700 hover:underline">
              {t("newTicket")} →
            </Link>
          </section>
        </aside>
      </div>
    </div>
  );
}
