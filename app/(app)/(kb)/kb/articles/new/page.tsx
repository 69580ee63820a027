import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleForm } from "@/components/kb/editor/article-form";
import type { ArticleFormValues, TranslationCandidate } from "@/components/kb/editor/types";
import { WriteDenied } from "@/components/kb/editor/write-denied";
import { PageHeader } from "@/components/page/page-header";
import { flattenCategories } from "@/components/tickets/category-tree";
import { requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { mayCreateArticle } from "@/lib/kb/article-rules";
import { getArticleDetail } from "@/lib/kb/get-article-detail";
import { listArticles } from "@/lib/kb/list-articles";
import { listCategories } from "@/lib/tickets/queries/categories";

export async function generateMetadata() {
  return { title: (await getTranslations("kbWrite"))("newTitle") };
}

/** The article `?translationOf=` names, if this viewer may read it; a bad or hidden id starts a plain draft. */
async function translationSource(user: Awaited<ReturnType<typeof requireUser>>, id: string | undefined) {
  if (!id) return null;
  return getArticleDetail(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  });
}

// A new article, written by IT staff; with ?translationOf=<id>, its translation into the other language.
export default async function NewArticlePage({ searchParams }: { searchParams: Promise<{ translationOf?: string | string[] }> }) {
  const user = await requireUser("portal.use");
  if (!mayCreateArticle(user)) return <WriteDenied reason="createText" />;
  const { translationOf } = await searchParams;
  const [t, locale, source, categoryNodes, articles] = await Promise.all([
    getTranslations("kbWrite"),
    getLocale(),
    translationSource(user, Array.isArray(translationOf) ? translationOf[0] : translationOf),
    listCategories(),
    listArticles(user, ["draft", "in_review", "published"], 500),
  ]);
  const candidates: TranslationCandidate[] = articles.map((a) => ({ id: a.id, title: a.title, language: a.language }));
  const language = source ? (source.language === "ru" ? "en" : "ru") : locale === "en" ? "en" : "ru";
  // A translation starts where its original is: same category, tags and readers, linked to it.
  const initial: ArticleFormValues = {
    title: "",
    body: "",
    categoryId: source?.category?.id ?? null,
    tags: source?.tags ?? [],
    language,
    visibility: source?.visibility ?? "public",
    translationOfId: source?.id ?? null,
    owner: { id: user.id, name: user.name, email: user.email, title: user.title },
    reviewDueAt: "",
  };

  return (
    <div className="mx-auto max-w-6xl">
      <Link href="/kb" className="mb-2 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-900">
        <ChevronLeft aria-hidden className="h-4 w-4" />
        {t("back")}
      </Link>
      <PageHeader title={t("newTitle")} />
      {source && (
        <p
          className="-mt-3 mb-5 rounded-lg border border-brand-100 bg-brand-50 px-4 py-2.5 text-sm text-brand-700"
          data-testid="translating"
        >
          {t("translating", { title: source.title, language: t(`fields.languages.${language}`) })}
        </p>
      )}
      <ArticleForm initial={initial} categories={flattenCategories(categoryNodes, locale)} candidates={candidates} />
    </div>
  );
}
