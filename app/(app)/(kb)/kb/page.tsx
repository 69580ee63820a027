import { ChevronLeft, FileText, PenLine } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleCardList } from "@/components/kb/article-card";
import { CategoryGrid } from "@/components/kb/category-grid";
import { KbEditorTabs } from "@/components/kb/kb-editor-tabs";
import { KbSearchForm } from "@/components/kb/kb-search-form";
import { PageHeader, Section } from "@/components/page/page-header";
import { Snippet } from "@/components/search/snippet";
import { buttonClass } from "@/components/ui/button";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { isUuid } from "@/lib/is-uuid";
import { isKnowledgeEditor, mayCreateArticle } from "@/lib/kb/article-rules";
import { listArticles } from "@/lib/kb/list-articles";
import { articlesInCategory, popularArticles, recentArticles, rootCategoryCounts } from "@/lib/kb/queries/browse-articles";
import { searchArticles } from "@/lib/kb/queries/search-articles";

export async function generateMetadata() {
  return { title: (await getTranslations("kb"))("title") };
}

function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

async function SearchResults({ user, q }: { user: CurrentUser; q: string }) {
  const t = await getTranslations("kb.search");
  const { items, limited } = await searchArticles(user, q);
  return (
    <Section title={t("results", { q })} count={items.length}>
      {limited && <p className="mb-3 text-xs text-slate-500">{t("limited")}</p>}
      {items.length === 0 ? (
        <p className="text-sm text-slate-500" data-testid="kb-no-results">
          {t("none")}
        </p>
      ) : (
        <ul className="space-y-2">
          {items.map((item) => (
            <li
              key={item.id}
              data-testid="article-card"
              className="group relative rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500/50 hover:shadow"
            >
              <h3 className="flex items-center gap-2 font-medium text-slate-900 group-hover:text-brand-700">
                <FileText aria-hidden className="h-4 w-4 shrink-0 text-slate-400" />
                <Link href={`/kb/articles/${item.id}`} className="after:absolute after:inset-0 after:content-['']">
                  {item.title}
                </Link>
              </h3>
              {item.snippet && <Snippet html={item.snippet} className="mt-1 line-clamp-2 block text-sm text-slate-600" />}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

// The knowledge base for everyone: search, categories, popular and recent articles; drafts and reviews for
// those who write them. Requesters only ever see published public articles.
export default async function KnowledgeBasePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("portal.use");
  const params = await searchParams;
  const q = firstParam(params.q).slice(0, 500);
  const categoryId = firstParam(params.category);
  const [t, tw, locale] = await Promise.all([getTranslations("kb"), getTranslations("kbWrite"), getLocale()]);
  const writer = can(user.roles, "kb.edit");

  const [categories, inCategory, popular, recent, inWork] = await Promise.all([
    rootCategoryCounts(user),
    isUuid(categoryId) ? articlesInCategory(user, categoryId) : Promise.resolve(null),
    q || categoryId ? Promise.resolve([]) : popularArticles(user, 6),
    q || categoryId ? Promise.resolve([]) : recentArticles(user, 6),
    writer && !q && !categoryId ? listArticles(user, ["draft", "in_review"]) : Promise.resolve([]),
  ]);

  return (
    <>
      <PageHeader title={t("title")}>
        {mayCreateArticle(user) && (
          <Link href="/kb/articles/new" className={buttonClass("primary")} data-testid="write-article">
            <PenLine aria-hidden className="h-4 w-4" />
            {tw("writeLink")}
          </Link>
        )}
      </PageHeader>
      {isKnowledgeEditor(user.roles) && <KbEditorTabs current="home" />}
      <div className="mb-8 rounded-2xl border border-slate-200 bg-gradient-to-br from-brand-50 to-white p-6 shadow-sm">
        <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
        <KbSearchForm q={q} />
      </div>

      {q ? (
        <SearchResults user={user} q={q} />
      ) : inCategory ? (
        <Section
          title={t("inCategory", { name: locale === "ru" ? inCategory.category.nameRu : inCategory.category.nameEn })}
          count={inCategory.articles.length}
        >
          <Link href="/kb" className="mb-3 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-900">
            <ChevronLeft aria-hidden className="h-4 w-4" />
            {t("home")}
          </Link>
          <ArticleCardList articles={inCategory.articles} empty={t("categoryEmpty")} />
        </Section>
      ) : (
        <>
          {inWork.length > 0 && (
            <Section title={t("drafts")} count={inWork.length}>
              <ArticleCardList articles={inWork} />
            </Section>
          )}
          {categories.length > 0 && (
            <Section title={t("browse")}>
              <CategoryGrid categories={categories} />
            </Section>
          )}
          {popular.length > 0 ? (
            <div className="grid gap-x-8 lg:grid-cols-2">
              <Section title={t("popular")}>
                <ArticleCardList articles={popular} showViews columns={1} />
              </Section>
              <Section title={t("recent")}>
                <ArticleCardList articles={recent} columns={1} />
              </Section>
            </div>
          ) : (
            <Section title={t("recent")}>
              <ArticleCardList articles={recent} />
            </Section>
          )}
        </>
      )}
    </>
  );
}
