import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { Section } from "@/components/page/page-header";
import { DataTable } from "@/components/reports/data-table";
import { ExportLinks } from "@/components/reports/export-links";
import { formatters } from "@/components/reports/format";
import { ReportFrame } from "@/components/reports/report-frame";
import { type SearchParams, withParams } from "@/components/reports/report-params";
import { getSelfService } from "@/lib/reports/self-service";

export async function generateMetadata() {
  return { title: (await getTranslations("reports.tabs"))("selfService") };
}

/** The honest deflection funnel of the new-ticket form, per article, and the gaps the knowledge base leaves. */
export default async function SelfServiceReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("reports.selfService");
  return (
    <ReportFrame tab="selfService" searchParams={searchParams}>
      {async ({ q, locale, params, currency }) => {
        const r = await getSelfService(q, locale);
        const f = formatters(locale, currency);
        const steps = (["sessions", "withSuggestions", "opened", "solved", "filedAnyway", "recontacted"] as const).map((key) => ({
          label: t(key),
          value: r[key],
        }));
        const deflected = r.withSuggestions
          ? Math.max(0, Math.round(((r.withSuggestions - r.filedAnyway) / r.withSuggestions) * 100))
          : null;
        return (
          <>
            <Section title={t("funnel")}>
              <div className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
                {deflected !== null && (
                  <p className="mb-2 text-sm font-medium text-emerald-700">{t("deflectionRate", { percent: deflected })}</p>
                )}
                <BarChart
                  items={[...steps]}
                  summary={`${t("funnel")}: ${steps.map((s) => `${s.label} — ${s.value}`).join("; ")}`}
                  format={f.number}
                />
              </div>
            </Section>
            <Section title={t("gaps")} count={r.gaps.length}>
              <p className="mb-2 max-w-3xl text-sm text-slate-600">{t("gapsIntro")}</p>
              <DataTable
                caption={t("gaps")}
                rows={r.gaps}
                rowKey={(g, i) => g.groupId ?? `none-${i}`}
                columns={[
                  {
                    header: t("problem"),
                    cell: (g) =>
                      g.groupId ? (
                        <Link
                          href={`/reports/problems/${g.groupId}${withParams(params)}`}
                          className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                        >
                          {g.label}
                        </Link>
                      ) : (
                        g.label
                      ),
                  },
                  { header: t("filed"), numeric: true, cell: (g) => g.filed },
                  { header: t("nothingShown"), numeric: true, cell: (g) => g.nothingShown },
                  {
                    header: t("examples"),
                    cell: (g) => <span className="text-xs text-slate-600">{g.tickets.slice(0, 3).join(", ")}</span>,
                  },
                ]}
              />
            </Section>
            <Section title={t("byArticle")}>
              <div className="mb-2 flex justify-end">
                <ExportLinks apiPath="/api/v1/reports/self-service" params={params} />
              </div>
              <DataTable
                caption={t("byArticle")}
                rows={r.byArticle}
                rowKey={(a) => a.articleId}
                columns={[
                  {
                    header: t("article"),
                    cell: (a) => (
                      <Link href={`/kb/articles/${a.articleId}`} className="text-brand-700 hover:underline">
                        {a.title}
                      </Link>
                    ),
                  },
                  { header: t("shown"), numeric: true, cell: (a) => a.shown },
                  { header: t("openedCol"), numeric: true, cell: (a) => a.opened },
                  { header: t("solvedCol"), numeric: true, cell: (a) => a.solved },
                  {
                    header: t("back"),
                    numeric: true,
                    cell: (a) => <span className={a.recontacted ? "text-red-700" : ""}>{a.recontacted}</span>,
                  },
                ]}
              />
            </Section>
          </>
        );
      }}
    </ReportFrame>
  );
}
