import { getTranslations } from "next-intl/server";
import { ParetoChart } from "@/components/charts/pareto-chart";
import { ExportLinks } from "@/components/reports/export-links";
import { formatters } from "@/components/reports/format";
import { ProblemsTable } from "@/components/reports/problems-table";
import { RefreshGroupingButton } from "@/components/reports/refresh-grouping-button";
import { ReportFrame } from "@/components/reports/report-frame";
import type { SearchParams } from "@/components/reports/report-params";
import { can } from "@/lib/auth/permissions";
import { groupingComputedAt } from "@/lib/reports/problems/grouping-status";
import { getProblemsReport } from "@/lib/reports/problems/problems-report";

export async function generateMetadata() {
  return { title: (await getTranslations("reports.tabs"))("problems") };
}

export default async function RecurringProblemsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("reports.problems");
  return (
    <ReportFrame tab="problems" searchParams={searchParams}>
      {async ({ q, locale, params, currency, user }) => {
        const [report, computedAt] = await Promise.all([getProblemsReport(q, locale), groupingComputedAt()]);
        const f = formatters(locale, currency);
        const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: q.timeZone });
        return (
          <>
            <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
              <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
              <div className="flex items-center gap-3">
                <span className="text-xs text-slate-500">
                  {computedAt ? t("computedAt", { at: dateTime.format(computedAt) }) : t("never")}
                </span>
                {can(user.roles, "reports.refresh") && <RefreshGroupingButton label={t("refresh")} queued={t("refreshQueued")} />}
                <ExportLinks apiPath="/api/v1/reports/problems" params={params} />
              </div>
            </div>
            {report.items.length > 0 && (
              <div className="mb-4 rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
                <ParetoChart
                  items={report.items.map((i) => ({ label: i.label, value: i.cost }))}
                  summary={`${t("pareto")}: ${report.items
                    .slice(0, 10)
                    .map((i, n) => `${n + 1}. ${i.label} — ${f.money(i.cost)}`)
                    .join("; ")}`}
                  format={f.money}
                  shareLabel={t("share")}
                />
              </div>
            )}
            <ProblemsTable items={report.items} params={params} locale={locale} currency={currency} />
          </>
        );
      }}
    </ReportFrame>
  );
}
