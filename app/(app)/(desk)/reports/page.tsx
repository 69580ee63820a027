import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BarList } from "@/components/charts/bar-list";
import { ColumnChart } from "@/components/charts/column-chart";
import { PageHeader, Section, StatCard } from "@/components/page/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { getReportOverview } from "@/lib/reports/overview";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("title") };
}

export default async function ReportsPage() {
  await requireUser("reports.view");
  const t = await getTranslations("reports");
  const locale = await getLocale();
  const format = await getFormatter();
  const report = await getReportOverview();
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="mb-8 grid grid-cols-3 gap-3">
        <StatCard label={t("total")} value={report.total} />
        <StatCard label={t("resolved")} value={report.done} tone="text-emerald-700" />
        <StatCard label={t("satisfaction")} value={report.rating === null ? "—" : `${report.rating.toFixed(1)} / 5`} tone="text-amber-600" />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title={t("byCategory")}>
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <BarList label={t("byCategory")} items={report.byCategory.map((c) => ({ label: locale === "ru" ? c.ru : c.en, value: c.n }))} />
          </div>
        </Section>
        <Section title={t("byMonth")}>
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <ColumnChart label={t("byMonth")} items={report.byMonth.map((m) => ({ label: format.dateTime(new Date(`${m.month}-15`), { month: "short", year: "2-digit" }), value: m.n }))} />
          </div>
        </Section>
      </div>
    </>
  );
}
