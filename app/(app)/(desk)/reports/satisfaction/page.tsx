import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ColumnChart } from "@/components/charts/column-chart";
import { chartColors } from "@/components/charts/render-chart";
import { Section } from "@/components/page/page-header";
import { DataTable } from "@/components/reports/data-table";
import { ExportLinks } from "@/components/reports/export-links";
import { formatters } from "@/components/reports/format";
import { GroupByLinks } from "@/components/reports/group-by-links";
import { ReportFrame } from "@/components/reports/report-frame";
import type { SearchParams } from "@/components/reports/report-params";
import { getSatisfaction, satisfactionGroupBy } from "@/lib/reports/satisfaction";

export async function generateMetadata() {
  return { title: (await getTranslations("reports.tabs"))("satisfaction") };
}

const stars = ["1", "2", "3", "4", "5"] as const;

/** Requester satisfaction: ratings by specialist, category or month, their spread, and what people said. */
export default async function SatisfactionReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("reports");
  return (
    <ReportFrame tab="satisfaction" searchParams={searchParams}>
      {async ({ q, locale, params, currency }) => {
        const parsed = satisfactionGroupBy.safeParse(params.groupBy);
        const groupBy = parsed.success ? parsed.data : "assignee";
        const report = await getSatisfaction(q, groupBy, locale);
        const f = formatters(locale, currency);
        const total = Object.fromEntries(stars.map((s) => [s, report.items.reduce((sum, i) => sum + i.distribution[s], 0)]));
        const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: q.timeZone });
        return (
          <>
            <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
              <GroupByLinks
                label={t("satisfaction.groupBy")}
                path="/reports/satisfaction"
                params={params}
                active={groupBy}
                options={satisfactionGroupBy.options.map((value) => ({ value, label: t(`satisfaction.${value}`) }))}
              />
              <ExportLinks apiPath="/api/v1/reports/satisfaction" params={{ ...params, groupBy }} />
            </div>
            <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
              <Section title={t("satisfaction.distribution")}>
                <div className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
                  <ColumnChart
                    items={stars.map((s) => ({ label: `★ ${s}`, value: total[s] }))}
                    summary={`${t("satisfaction.chart")}: ${stars.map((s) => `${s} — ${total[s]}`).join(", ")}`}
                    format={f.number}
                    color={chartColors.line}
                  />
                </div>
              </Section>
              <Section title={t(`satisfaction.${groupBy}`)}>
                <DataTable
                  caption={t(`satisfaction.${groupBy}`)}
                  rows={report.items}
                  rowKey={(r) => r.key ?? "none"}
                  columns={[
                    { header: t(`satisfaction.${groupBy}`), cell: (r) => r.label },
                    { header: t("satisfaction.count"), numeric: true, cell: (r) => f.number(r.count) },
                    {
                      header: t("satisfaction.average"),
                      numeric: true,
                      cell: (r) =>
                        r.average === null ? (
                          "—"
                        ) : (
                          <span className={r.average < 3.5 ? "font-medium text-red-700" : "font-medium"}>{f.number(r.average)}</span>
                        ),
                    },
                    ...stars.map((s) => ({
                      header: `★ ${s}`,
                      numeric: true,
                      cell: (r: (typeof report.items)[number]) => r.distribution[s],
                    })),
                    { header: t("satisfaction.rejections"), numeric: true, cell: (r) => r.rejections },
                  ]}
                />
              </Section>
            </div>
            <Section title={t("satisfaction.comments")} count={report.comments.length}>
              <ul className="space-y-2">
                {report.comments.map((c) => (
                  <li
                    key={`${c.kind}-${c.ticketId}-${c.at}`}
                    className={`rounded-lg border bg-white p-3 text-sm shadow-sm ${c.kind === "complaint" ? "border-red-200" : "border-slate-200"}`}
                  >
                    <div className="mb-1 flex items-center gap-2 text-xs text-slate-500">
                      <Link href={`/tickets/HD-${c.number}`} className="font-medium text-brand-700 hover:underline">
                        HD-{c.number}
                      </Link>
                      <span className={c.kind === "complaint" ? "text-red-700" : "text-amber-700"}>
                        {c.kind === "complaint" ? t("satisfaction.complaint") : t("satisfaction.rating", { rating: c.rating ?? 0 })}
                      </span>
                      <span>{date.format(new Date(c.at))}</span>
                    </div>
                    <p className="text-slate-800">{c.text}</p>
                  </li>
                ))}
              </ul>
            </Section>
          </>
        );
      }}
    </ReportFrame>
  );
}
