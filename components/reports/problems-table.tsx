import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProblemStatusBadge } from "@/components/problems/problem-status-badge";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/locale";
import type { ProblemItem } from "@/lib/reports/problems/problems-report";
import { DataTable } from "./data-table";
import { formatters } from "./format";
import { withParams } from "./report-params";

/**
 * Recurring problems as a table: what each is, how often and how it trends, what it costs, how it goes for the
 * people who have it, whether a problem record is open for it (under its name), and whether the knowledge base
 * covers it — with "Write an article" where it does not.
 */
export async function ProblemsTable({
  items,
  params,
  locale,
  currency,
  offset = 0,
}: {
  items: ProblemItem[];
  params: Record<string, string>;
  locale: Locale;
  currency: string;
  offset?: number;
}) {
  const t = await getTranslations("reports.problems");
  const tp = await getTranslations("problems");
  const f = formatters(locale, currency);
  return (
    <DataTable
      caption={t("problem")}
      rows={items}
      rowKey={(r) => r.id}
      columns={[
        { header: "#", cell: (r) => <span className="text-slate-500">{offset + items.indexOf(r) + 1}</span>, numeric: true },
        {
          header: t("problem"),
          cell: (r) => (
            <div className="min-w-56">
              <Link
                href={`/reports/problems/${r.id}${withParams(params)}`}
                className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
              >
                {r.label || "—"}
              </Link>
              <div className="text-xs text-slate-500">
                {t("samples")}: {r.sampleTickets.slice(0, 3).join(", ")}
              </div>
              {r.problem && (
                <Link
                  href={`/problems/${r.problem.number}`}
                  title={tp("reportColumn")}
                  className="mt-1 inline-flex items-center gap-1.5 whitespace-nowrap text-xs hover:underline"
                >
                  <span className="font-medium text-brand-700">{r.problem.number}</span>
                  <ProblemStatusBadge status={r.problem.status} />
                </Link>
              )}
            </div>
          ),
        },
        {
          header: t("tickets"),
          numeric: true,
          cell: (r) => (
            <span title={`${t("trend")}: ${r.previous}`}>
              {r.tickets}
              <span
                className={`ml-1 text-xs ${r.tickets > r.previous ? "text-red-700" : r.tickets < r.previous ? "text-emerald-700" : "text-slate-500"}`}
              >
                {r.tickets > r.previous ? "▲" : r.tickets < r.previous ? "▼" : "="} {r.previous}
              </span>
            </span>
          ),
        },
        { header: t("requesters"), numeric: true, cell: (r) => `${r.requesters} · ${r.departments}` },
        { header: t("minutes"), numeric: true, cell: (r) => f.hours(r.minutes) },
        { header: t("cost"), numeric: true, cell: (r) => <span className="font-medium">{f.money(r.cost)}</span> },
        { header: t("resolution"), numeric: true, cell: (r) => f.duration(r.resolutionMedianMinutes) },
        {
          header: t("breached"),
          numeric: true,
          cell: (r) => <span className={r.breachedShare > 0.3 ? "text-red-700" : ""}>{f.share(r.breachedShare)}</span>,
        },
        { header: t("reopened"), numeric: true, cell: (r) => f.share(r.reopenedShare) },
        { header: t("satisfaction"), numeric: true, cell: (r) => (r.satisfaction === null ? "—" : f.number(r.satisfaction)) },
        {
          header: t("coverage"),
          cell: (r) =>
            r.gap ? (
              <div className="flex flex-col items-start gap-1">
                <Badge tone="bg-red-50 text-red-800 ring-red-200">{t("gap")}</Badge>
                {r.captureFromTicket && (
                  <Link href={`/tickets/${r.captureFromTicket}/capture`} className="text-xs font-medium text-brand-700 hover:underline">
                    {t("writeArticle")} →
                  </Link>
                )}
              </div>
            ) : (
              <div className="min-w-44">
                <Link href={`/kb/articles/${r.coverage!.articleId}`} className="text-brand-700 hover:underline">
                  {r.coverage!.title}
                </Link>
                <div className="text-xs text-slate-500">{t("resolvedWithArticle", { percent: Math.round(r.coverage!.share * 100) })}</div>
              </div>
            ),
        },
      ]}
    />
  );
}
