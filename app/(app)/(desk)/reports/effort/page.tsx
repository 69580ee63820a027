import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { ColumnChart } from "@/components/charts/column-chart";
import { DataTable } from "@/components/reports/data-table";
import { ExportLinks } from "@/components/reports/export-links";
import { formatters } from "@/components/reports/format";
import { GroupByLinks } from "@/components/reports/group-by-links";
import { ReportFrame } from "@/components/reports/report-frame";
import type { SearchParams } from "@/components/reports/report-params";
import { effortGroupBy, getEffort } from "@/lib/reports/effort";

export async function generateMetadata() {
  return { title: (await getTranslations("reports.tabs"))("effort") };
}

/** Time and money: where IT's hours go, by category, specialist, department, month or recurring problem. */
export default async function EffortReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("reports");
  return (
    <ReportFrame tab="effort" searchParams={searchParams}>
      {async ({ q, locale, params, currency }) => {
        const parsed = effortGroupBy.safeParse(params.groupBy);
        const groupBy = parsed.success ? parsed.data : "category";
        const report = await getEffort(q, groupBy, locale);
        const f = formatters(locale, currency);
        const items = report.items.map((i) => ({ label: i.label, value: i.cost }));
        const summary = `${t("effort.chart", { group: t(`effort.${groupBy}`) })}: ${report.items
          .slice(0, 10)
          .map((i) => `${i.label} — ${f.money(i.cost)}`)
          .join("; ")}`;
        return (
          <>
            <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
              <GroupByLinks
                label={t("effort.groupBy")}
                path="/reports/effort"
                params={params}
                active={groupBy}
                options={effortGroupBy.options.map((value) => ({ value, label: t(`effort.${value}`) }))}
              />
              <ExportLinks apiPath="/api/v1/reports/effort" params={{ ...params, groupBy }} />
            </div>
            <div className="mb-4 grid grid-cols-3 gap-3 text-sm">
              <Total label={t("table.tickets")} value={f.number(report.total.tickets)} />
              <Total label={t("table.minutes")} value={f.hours(report.total.minutes)} />
              <Total label={t("table.cost")} value={f.money(report.total.cost)} />
            </div>
            {items.length > 0 && (
              <div className="mb-4 rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
                {groupBy === "month" ? (
                  <ColumnChart items={items} summary={summary} format={f.money} />
                ) : (
                  <BarChart items={items} summary={summary} format={f.money} />
                )}
              </div>
            )}
            <DataTable
              caption={summary}
              rows={report.items}
              rowKey={(r) => r.key ?? "none"}
              columns={[
                { header: t(`effort.${groupBy}`), cell: (r) => r.label },
                { header: t("table.tickets"), numeric: true, cell: (r) => f.number(r.tickets) },
                { header: t("table.minutes"), numeric: true, cell: (r) => f.hours(r.minutes) },
                { header: t("table.cost"), numeric: true, cell: (r) => <span className="font-medium">{f.money(r.cost)}</span> },
                ...(groupBy === "month"
                  ? []
                  : [
                      {
                        header: t("table.previous"),
                        numeric: true,
                        cell: (r: (typeof report.items)[number]) => (r.previous ? f.money(r.previous.cost) : "—"),
                      },
                    ]),
              ]}
            />
          </>
        );
      }}
    </ReportFrame>
  );
}

function Total({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <div className="text-xs uppercase tracking-wide text-slate-500">{label}</div>
      <div className="text-xl font-semibold tabular-nums">{value}</div>
    </div>
  );
}
