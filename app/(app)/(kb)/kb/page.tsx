import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/page/page-header";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { listArticles } from "@/lib/kb/list-articles";

export async function generateMetadata() {
  return { title: (await getTranslations("kb"))("title") };
}

type ArticleRows = Awaited<ReturnType<typeof listArticles>>;

async function ArticleList({ articles }: { articles: ArticleRows }) {
  const t = await getTranslations("kb");
  const locale = await getLocale();
  const format = await getFormatter();
  if (articles.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {articles.map((a) => (
        <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="article-card">
          <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
            <span>{locale === "ru" ? a.categoryRu : a.categoryEn}</span>
            <span aria-hidden>·</span>
            <span className="uppercase">{a.language}</span>
            {a.visibility === "internal" && <Badge tone="bg-amber-50 text-amber-800 ring-amber-200">{t("visibility.internal")}</Badge>}
            {a.status !== "published" && <Badge tone="bg-slate-100 text-slate-600 ring-slate-200">{t(`articleStatus.${a.status}`)}</Badge>}
          </div>
          <h3 className="font-medium">{a.title}</h3>
          <div className="mt-2 flex flex-wrap gap-1">
            {a.tags.slice(0, 4).map((tag) => (
              <span key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">#{tag}</span>
            ))}
            <span className="ml-auto text-xs text-slate-400">{format.relativeTime(a.updatedAt)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

// The knowledge base: published articles for everyone; drafts and reviews for those who write them.
export default async function KnowledgeBasePage() {
  const user = await requireUser("portal.use");
  const t = await getTranslations("kb");
  const published = await listArticles(user, ["published"]);
  const inWork = can(user.roles, "kb.edit") ? await listArticles(user, ["draft", "in_review"]) : [];
  return (
    <>
      <PageHeader title={t("title")} />
      {inWork.length > 0 && (
        <Section title={t("drafts")} count={inWork.length}>
          <ArticleList articles={inWork} />
        </Section>
      )}
      <Section title={t("published")} count={published.length}>
        <ArticleList articles={published} />
      </Section>
    </>
  );
}
