import { FileClock, GitCompareArrows, Languages, Pencil, Ticket } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import type { getArticleDetail } from "@/lib/kb/get-article-detail";
import { ticketNumber } from "@/lib/tickets/list-tickets";
import { ArticleWorkflow } from "./article-workflow";
import { QualityFigures } from "./quality-figures";
import { StageBadge, StaleBadge } from "./stage-badge";

type Detail = Awaited<ReturnType<typeof getArticleDetail>>;
type LinkedTicket = Detail["linkedTickets"][number];

function PanelSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="border-t border-slate-100 px-4 py-3">
      <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
      {children}
    </section>
  );
}

function TicketList({ tickets }: { tickets: LinkedTicket[] }) {
  return (
    <ul className="space-y-1">
      {tickets.map((ticket) => (
        <li key={ticket.id} className="flex min-w-0 items-baseline gap-2 text-sm">
          <Ticket aria-hidden className="h-3.5 w-3.5 shrink-0 translate-y-0.5 text-slate-400" />
          <Link
            href={`/tickets/${ticketNumber(ticket.number)}`}
            className="min-w-0 truncate text-slate-700 hover:text-brand-700 hover:underline"
            title={ticket.subject}
          >
            <span className="font-mono text-xs text-slate-500">{ticketNumber(ticket.number)}</span> {ticket.subject}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * What IT staff see beside an article: where it is in review, who owns it and when it is due for review,
 * its translations and tickets, how it does with readers, and the actions the rules allow them now.
 */
export async function ArticleStaffPanel({ article }: { article: Detail }) {
  const [t, format] = await Promise.all([getTranslations("kbReview"), getFormatter()]);
  const allowed = article.allowedActions;
  const lastVersion = article.versions.at(-1);
  const inReview = article.stage === "in_review" || article.stage === "published_in_review";
  const byRelation = (relation: LinkedTicket["relation"]) => article.linkedTickets.filter((ticket) => ticket.relation === relation);
  const sources = byRelation("captured");
  const used = byRelation("used");
  const linked = byRelation("linked");
  const translations = [...(article.translations.of ? [article.translations.of] : []), ...article.translations.by];

  return (
    <section
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
      aria-labelledby="staff-panel-title"
      data-testid="article-staff-panel"
    >
      <header className="flex flex-wrap items-center gap-2 px-4 py-3">
        <h2 id="staff-panel-title" className="sr-only">
          {t("panel.title")}
        </h2>
        <StageBadge stage={article.stage} />
        {article.stale && <StaleBadge />}
      </header>

      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1.5 border-t border-slate-100 px-4 py-3 text-sm">
        <dt className="text-slate-500">{t("panel.owner")}</dt>
        <dd className="break-words font-medium text-slate-800" data-testid="article-owner">
          {article.owner?.name ?? t("panel.noOwner")}
        </dd>
        {article.author.id !== article.owner?.id && (
          <>
            <dt className="text-slate-500">{t("panel.author")}</dt>
            <dd className="break-words text-slate-800">{article.author.name}</dd>
          </>
        )}
        {/* A review date matters only while readers rely on the article. */}
        {article.status === "published" && (
          <>
            <dt className="text-slate-500">{t("panel.reviewBy")}</dt>
            <dd className={article.stale ? "font-medium text-amber-700" : "text-slate-800"} data-testid="article-review-due">
              {article.reviewDueAt ? format.dateTime(article.reviewDueAt, { dateStyle: "medium" }) : "—"}
            </dd>
          </>
        )}
        <dt className="text-slate-500">{t("panel.version")}</dt>
        <dd className="text-slate-800">
          {lastVersion
            ? t("panel.versionValue", {
                number: lastVersion.number,
                date: format.dateTime(lastVersion.publishedAt, { dateStyle: "medium" }),
              })
            : t("panel.neverPublished")}
        </dd>
      </dl>

      <div className="space-y-2 border-t border-slate-100 px-4 py-3">
        {inReview && allowed.includes("publish") && (
          <Link href={`/kb/articles/${article.id}/review`} className={buttonClass("primary", "md", "w-full")}>
            <GitCompareArrows aria-hidden className="h-4 w-4" />
            {t("actions.review")}
          </Link>
        )}
        {allowed.includes("update") && (
          <Link href={`/kb/articles/${article.id}/edit`} className={buttonClass("secondary", "md", "w-full")}>
            <Pencil aria-hidden className="h-4 w-4" />
            {t("actions.edit")}
          </Link>
        )}
        <ArticleWorkflow articleId={article.id} allowed={allowed} />
        {article.versions.length > 0 && (
          <Link href={`/kb/articles/${article.id}/history`} className={buttonClass("ghost", "md", "w-full")}>
            <FileClock aria-hidden className="h-4 w-4" />
            {t("actions.history", { n: article.versions.length })}
          </Link>
        )}
      </div>

      {"quality" in article && article.quality && article.versions.length > 0 && (
        <PanelSection title={t("quality.title")}>
          <QualityFigures quality={article.quality} />
        </PanelSection>
      )}

      {translations.length === 0 && article.stage !== "archived" && (
        <div className="border-t border-slate-100 px-4 py-3">
          <Link href={`/kb/articles/new?translationOf=${article.id}`} className={buttonClass("ghost", "md", "w-full")}>
            <Languages aria-hidden className="h-4 w-4" />
            {t("actions.translate", { language: article.language === "ru" ? "en" : "ru" })}
          </Link>
        </div>
      )}

      {translations.length > 0 && (
        <PanelSection title={t("panel.translations")}>
          <ul className="space-y-1 text-sm">
            {translations.map((tr) => (
              <li key={tr.id} className="flex items-baseline gap-2">
                <Languages aria-hidden className="h-3.5 w-3.5 shrink-0 translate-y-0.5 text-slate-400" />
                <Link
                  href={`/kb/articles/${tr.id}`}
                  className="min-w-0 truncate text-slate-700 hover:text-brand-700 hover:underline"
                  lang={tr.language}
                  hrefLang={tr.language}
                >
                  <span className="font-mono text-xs uppercase text-slate-500">{tr.language}</span> {tr.title}
                </Link>
              </li>
            ))}
          </ul>
        </PanelSection>
      )}

      {sources.length > 0 && (
        <PanelSection title={t("panel.sourceTickets")}>
          <TicketList tickets={sources} />
        </PanelSection>
      )}
      {used.length > 0 && (
        <PanelSection title={t("panel.usedTickets", { n: used.length })}>
          <TicketList tickets={used} />
        </PanelSection>
      )}
      {linked.length > 0 && (
        <PanelSection title={t("panel.linkedTickets")}>
          <TicketList tickets={linked} />
        </PanelSection>
      )}
    </section>
  );
}
