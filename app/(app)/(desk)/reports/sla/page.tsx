import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { chartColors } from "@/components/charts/render-chart";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { Section } from "@/components/page/page-header";
import { DataTable } from "@/components/reports/data-table";
import { ExportLinks } from "@/components/reports/export-links";
import { formatters } from "@/components/reports/format";
import { GroupByLinks } from "@/components/reports/group-by-links";
import { ReportFrame } from "@/components/reports/report-frame";
import type { SearchParams } from "@/components/reports/report-params";
import { getSlaReport, slaGroupBy } from "@/lib/reports/sla-report";

export async function generateMetadata() {
  return { title: (await getTranslations("reports.tabs"))("sla") };
}

/** SLA met and breached by priority, line, specialist or category, and the period's breaches to open. */
export default async function SlaReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("reports");
  const tt = await getTranslations();
  return (
    <ReportFrame tab="sla" searchParams={searchParams}>
      {async ({ q, locale, params, currency }) => {
        const parsed = slaGroupBy.safeParse(params.groupBy);
        const groupBy = parsed.success ? parsed.data : "priority";
        const report = await getSlaReport(q, groupBy, locale);
        const f = formatters(locale, currency);
        const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: q.timeZone });
        const met = report.items.map((i) => i.tickets - i.breached);
        return (
          <>
            <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
              <GroupByLinks
                label={t("sla.groupBy")}
                path="/reports/sla"
                params={params}
                active={groupBy}
                options={slaGroupBy.options.map((value) => ({ value, label: t(`sla.${value}`) }))}
              />
              <ExportLinks apiPath="/api/v1/reports/sla" params={{ ...params, groupBy }} />
            </div>
            {report.items.length > 0 && (
              <div className="mb-4 rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
                <StackedBarChart
                  labels={report.items.map((i) => i.label)}
                  series={[
                    { name: t("sla.met"), values: met, color: chartColors.good },
                    { name: t("sla.missed"), values: report.items.map((i) => i.breached), color: chartColors.bad },
                  ]}
                  summary={`${t("sla.chart")}: ${report.items.map((i, n) => `${i.label} — ${met[n]} / ${i.breached}`).join("; ")}`}
                />
              </div>
            )}
            <DataTable
              caption={t("sla.chart")}
              rows={report.items}
              rowKey={(r) => r.key ?? "none"}
              columns={[
                { header: t(`sla.${groupBy}`), cell: (r) => r.label },
                { header: t("table.tickets"), numeric: true, cell: (r) => f.number(r.tickets) },
                { header: t("sla.responseMet"), numeric: true, cell: (r) => f.share(r.responseMet) },
                { header: t("sla.resolutionMet"), numeric: true, cell: (r) => f.share(r.resolutionMet) },
                {
                  header: t("sla.breached"),
                  numeric: true,
                  cell: (r) => <span className={r.breached ? "font-medium text-red-700" : ""}>{f.number(r.breached)}</span>,
                },
                { header: t("sla.resolutionMedian"), numeric: true, cell: (r) => f.duration(r.resolutionMedianMinutes) },
              ]}
            />
            <div className="mt-6">
              <Section title={t("sla.breaches")} count={report.breaches.length}>
                <DataTable
                  caption={t("sla.breaches")}
                  rows={report.breaches.slice(0, 25)}
                  rowKey={(r) => r.id}
                  columns={[
                    {
                      header: t("sla.ticket"),
                      nowrap: true,
                      cell: (r) => (
                        <Link href={`/tickets/HD-${r.number}`} className="font-medium text-brand-700 hover:underline">
                          HD-{r.number}
                        </Link>
                      ),
                    },
                    { header: t("sla.subject"), cell: (r) => r.subject },
                    { header: tt("tickets.priority"), cell: (r) => tt(`priority.${r.priority}`) },
                    { header: t("sla.status"), cell: (r) => tt(`status.${r.status}`) },
                    { header: tt("tickets.assignee"), cell: (r) => r.assignee ?? "—" },
                    {
                      header: t("sla.due"),
                      nowrap: true,
                      cell: (r) => (r.resolutionDueAt ? dateTime.format(new Date(r.resolutionDueAt)) : "—"),
                    },
                    {
                      header: t("sla.resolvedAt"),
                      nowrap: true,
                      cell: (r) => (r.resolvedAt ? dateTime.format(new Date(r.resolvedAt)) : "—"),
                    },
                  ]}
                />
              </Section>
            </div>
          </>
        );
      }}
    </ReportFrame>
  );
}
