import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ColumnChart } from "@/components/charts/column-chart";
import { chartColors } from "@/components/charts/render-chart";
import { Section } from "@/components/page/page-header";
import { FigureCard } from "@/components/reports/figure-card";
import { formatters } from "@/components/reports/format";
import { ProblemsTable } from "@/components/reports/problems-table";
import { ReportFrame } from "@/components/reports/report-frame";
import type { SearchParams } from "@/components/reports/report-params";
import { withParams } from "@/components/reports/report-params";
import { getOverview } from "@/lib/reports/overview";
import { getProblemsReport } from "@/lib/reports/problems/problems-report";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportsOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("reports.overview");
  const tp = await getTranslations("problems.figures");
  return (
    <ReportFrame tab="overview" searchParams={searchParams}>
      {async ({ q, locale, params, currency }) => {
        const [o, problems] = await Promise.all([getOverview(q), getProblemsReport(q, locale)]);
        const f = formatters(locale, currency);
        const days = q.period.days;
        const card = (
          label: string,
          value: string,
          current: number | null,
          previous: number | null,
          options: { kind?: "count" | "share"; better?: "up" | "down" | "neither"; tone?: string } = {},
        ) => <FigureCard label={label} value={value} current={current} previous={previous} days={days} {...options} />;
        return (
          <>
            <Section title={t("tickets")}>
              <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
                {card(t("created"), f.number(o.tickets.created), o.tickets.created, o.tickets.previous.created, { better: "neither" })}
                {card(t("resolved"), f.number(o.tickets.resolved), o.tickets.resolved, o.tickets.previous.resolved, {
                  tone: "text-emerald-700",
                })}
                {card(t("closed"), f.number(o.tickets.closed), o.tickets.closed, o.tickets.previous.closed)}
                {card(t("open"), f.number(o.tickets.open), o.tickets.open, o.tickets.previous.open, { better: "down" })}
                {card(t("reopened"), f.number(o.tickets.reopened), o.tickets.reopened, o.tickets.previous.reopened, { better: "down" })}
              </div>
            </Section>
            <Section title={`${t("sla")} · ${t("times")}`}>
              <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
                {card(t("responseMet"), f.share(o.sla.responseMet), o.sla.responseMet, o.sla.previous.responseMet, { kind: "share" })}
                {card(t("resolutionMet"), f.share(o.sla.resolutionMet), o.sla.resolutionMet, o.sla.previous.resolutionMet, {
                  kind: "share",
                })}
                {card(t("breached"), f.number(o.sla.breached), o.sla.breached, o.sla.previous.breached, {
                  better: "down",
                  tone: o.sla.breached ? "text-red-700" : undefined,
                })}
                {card(
                  t("firstResponse"),
                  f.duration(o.times.firstResponseMedianMinutes),
                  o.times.firstResponseMedianMinutes,
                  o.times.previous.firstResponseMedianMinutes,
                  { better: "down" },
                )}
                {card(
                  t("resolution"),
                  f.duration(o.times.resolutionMedianMinutes),
                  o.times.resolutionMedianMinutes,
                  o.times.previous.resolutionMedianMinutes,
                  { better: "down" },
                )}
              </div>
            </Section>
            <div className="grid gap-6 lg:grid-cols-2">
              <Section title={`${t("effort")} · ${t("selfService")}`}>
                <div className="grid grid-cols-2 gap-3">
                  {card(t("minutes"), f.hours(o.effort.minutes), o.effort.minutes, o.effort.previous.minutes, { better: "neither" })}
                  {card(t("cost"), f.money(o.effort.cost), o.effort.cost, o.effort.previous.cost, { better: "down" })}
                  {card(
                    t("solvedWithoutTicket"),
                    f.number(o.selfService.solvedWithoutTicket),
                    o.selfService.solvedWithoutTicket,
                    o.selfService.previous.solvedWithoutTicket,
                    { tone: "text-emerald-700" },
                  )}
                  {card(
                    t("filedAfterSuggestions"),
                    f.number(o.selfService.filedAfterSuggestions),
                    o.selfService.filedAfterSuggestions,
                    o.selfService.previous.filedAfterSuggestions,
                    { better: "down" },
                  )}
                </div>
              </Section>
              <Section title={t("satisfaction")}>
                <div className="grid grid-cols-3 gap-3">
                  {card(
                    t("average"),
                    o.satisfaction.average === null ? "—" : `${f.number(o.satisfaction.average)} / 5`,
                    o.satisfaction.average,
                    o.satisfaction.previous.average,
                    { tone: "text-amber-600" },
                  )}
                  {card(t("ratings"), f.number(o.satisfaction.count), o.satisfaction.count, o.satisfaction.previous.count, {
                    better: "neither",
                  })}
                  {card(
                    t("rejections"),
                    f.number(o.satisfaction.rejections),
                    o.satisfaction.rejections,
                    o.satisfaction.previous.rejections,
                    { better: "down" },
                  )}
                </div>
                <div className="mt-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
                  <ColumnChart
                    items={(["1", "2", "3", "4", "5"] as const).map((n) => ({ label: `★ ${n}`, value: o.satisfaction.distribution[n] }))}
                    summary={`${t("distribution")}: ${(["1", "2", "3", "4", "5"] as const).map((n) => `${n} — ${o.satisfaction.distribution[n]}`).join(", ")}`}
                    format={f.number}
                    color={chartColors.line}
                  />
                </div>
              </Section>
            </div>
            <Section title={tp("title")}>
              <div className="grid grid-cols-2 gap-3 md:grid-cols-5" data-testid="problem-figures">
                {card(tp("open"), f.number(o.problems.open), o.problems.open, o.problems.previous.open, { better: "down" })}
                {card(tp("knownErrors"), f.number(o.problems.knownErrors), o.problems.knownErrors, o.problems.previous.knownErrors, {
                  better: "neither",
                  tone: "text-amber-700",
                })}
                {card(
                  tp("meanToKnownError"),
                  f.duration(o.problems.meanTimeToKnownErrorMinutes),
                  o.problems.meanTimeToKnownErrorMinutes,
                  o.problems.previous.meanTimeToKnownErrorMinutes,
                  { better: "down" },
                )}
                {card(
                  tp("incidentsLinked"),
                  f.number(o.problems.incidentsLinked),
                  o.problems.incidentsLinked,
                  o.problems.previous.incidentsLinked,
                  {
                    better: "neither",
                  },
                )}
                {card(tp("cost"), f.money(o.problems.cost), o.problems.cost, o.problems.previous.cost, { better: "neither" })}
              </div>
            </Section>
            <Section title={t("topProblems")}>
              <ProblemsTable items={problems.items.slice(0, 5)} params={params} locale={locale} currency={currency} />
              <Link
                href={`/reports/problems${withParams(params)}`}
                className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline"
              >
                {t("allProblems")} →
              </Link>
            </Section>
          </>
        );
      }}
    </ReportFrame>
  );
}
