import { CheckCircle2, ChevronLeft, ExternalLink } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleForm } from "@/components/kb/editor/article-form";
import type { ArticleFormValues, TranslationCandidate } from "@/components/kb/editor/types";
import { WriteDenied } from "@/components/kb/editor/write-denied";
import { PageHeader } from "@/components/page/page-header";
import { flattenCategories } from "@/components/tickets/category-tree";
import { checkArticle } from "@/lib/kb/article-rules";
import { listArticles } from "@/lib/kb/list-articles";
import { getUserById } from "@/lib/people/get-user";
import { listCategories } from "@/lib/tickets/queries/categories";
import { loadArticle } from "../load-article";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { article } = await loadArticle((await params).id);
  return { title: `${(await getTranslations("kbWrite"))("editTitle")}: ${article.title}` };
}

// Editing an article: for its author or a knowledge editor (the article rules' "update"); anyone who cannot
// see it gets 404, a reader who may not change it is told why.
export default async function EditArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { id } = await params;
  const { user, article } = await loadArticle(id);
  const facts = {
    status: article.status,
    visibility: article.visibility,
    authorId: article.authorId,
    ownerId: article.ownerId,
    hasPendingEdit: Boolean(article.pendingEdit),
    pendingSubmitted: Boolean(article.pendingEdit?.submittedAt),
  };
  const check = checkArticle(facts, user, "update");
  if (!check.ok) {
    if (check.reason === "not_visible") notFound();
    return <WriteDenied reason={check.reason === "wrong_state" ? "archivedText" : "updateText"} articleId={article.id} />;
  }

  const [t, locale, { created }, categoryNodes, articles, owner] = await Promise.all([
    getTranslations("kbWrite"),
    getLocale(),
    searchParams,
    listCategories(),
    listArticles(user, ["draft", "in_review", "published", "archived"], 500),
    getUserById(article.ownerId ?? article.authorId),
  ]);
  const candidates: TranslationCandidate[] = articles
    .filter((a) => a.id !== article.id)
    .map((a) => ({ id: a.id, title: a.title, language: a.language }));
  // A published article's pending edit is what is being written; the live text stays for readers.
  const initial: ArticleFormValues = {
    title: article.pendingEdit?.title ?? article.title,
    body: article.pendingEdit?.body ?? article.body,
    categoryId: article.category?.id ?? null,
    tags: article.tags,
    language: article.language,
    visibility: article.visibility,
    translationOfId: article.translationOfId,
    owner: owner ? { id: owner.id, name: owner.name, email: owner.email, title: owner.title } : null,
    reviewDueAt: article.reviewDueAt ? article.reviewDueAt.toISOString().slice(0, 10) : "",
  };

  return (
    <div className="mx-auto max-w-6xl">
      <Link href="/kb" className="mb-2 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-900">
        <ChevronLeft aria-hidden className="h-4 w-4" />
        {t("back")}
      </Link>
      <PageHeader title={t("editTitle")}>
        <Link
          href={`/kb/articles/${article.id}`}
          className="inline-flex items-center gap-1.5 text-sm font-medium text-brand-700 hover:underline"
        >
          {t("openArticle")}
          <ExternalLink aria-hidden className="h-3.5 w-3.5" />
        </Link>
      </PageHeader>
      {created && (
        <p
          className="-mt-3 mb-5 flex items-center gap-2 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-2.5 text-sm text-emerald-800"
          role="status"
        >
          <CheckCircle2 aria-hidden className="h-4 w-4" />
          {t(created === "submitted" ? "actions.createdSubmitted" : "actions.created")}
        </p>
      )}
      <ArticleForm
        initial={initial}
        article={{ id: article.id, stage: article.stage, maySubmit: article.authorId === user.id }}
        categories={flattenCategories(categoryNodes, locale)}
        candidates={candidates}
      />
    </div>
  );
}
