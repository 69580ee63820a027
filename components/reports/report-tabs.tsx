import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { withParams } from "./report-params";

export const reportTabs = {
  overview: "/reports",
  problems: "/reports/problems",
  effort: "/reports/effort",
  sla: "/reports/sla",
  satisfaction: "/reports/satisfaction",
  selfService: "/reports/self-service",
} as const;
export type ReportTab = keyof typeof reportTabs;

/** The report pages as tabs; each link carries the current filters, so switching keeps the view. */
export async function ReportTabs({ active, params }: { active: ReportTab; params: Record<string, string> }) {
  const t = await getTranslations("reports.tabs");
  const title = await getTranslations("reports");
  return (
    <nav aria-label={title("title")} className="mb-4 flex gap-1 overflow-x-auto border-b border-slate-200">
      {(Object.keys(reportTabs) as ReportTab[]).map((tab) => (
        <Link
          key={tab}
          href={`${reportTabs[tab]}${withParams(params)}`}
          aria-current={tab === active ? "page" : undefined}
          className={`-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${tab === active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
        >
          {t(tab)}
        </Link>
      ))}
    </nav>
  );
}
