import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Select, TextInput } from "@/components/ui/input";
import type { FilterOptions } from "@/lib/reports/filter-options";
import { addDays } from "@/lib/reports/period";
import { withParams } from "./report-params";

const presets = [
  ["last7", 7],
  ["last30", 30],
  ["last90", 90],
  ["last365", 365],
] as const;

/**
 * The one filter bar of every report page: a plain GET form (it works without JavaScript, and the URL keeps the
 * view), with period presets as links.
 */
export async function ReportFilters({
  path,
  params,
  options,
  period,
  today,
}: {
  path: string;
  params: Record<string, string>;
  options: FilterOptions;
  period: { from: string; to: string };
  today: string;
}) {
  const t = await getTranslations("reports.filters");
  const tt = await getTranslations();
  const select = (name: string, label: string, items: { value: string; label: string; depth?: number }[], anyLabel = t("any")) => (
    <label className="flex min-w-36 flex-1 flex-col gap-1 text-xs font-medium text-slate-600">
      {label}
      <Select name={name} defaultValue={params[name] ?? ""}>
        {anyLabel && <option value="">{anyLabel}</option>}
        {items.map((o) => (
          <option key={o.value} value={o.value}>
            {"\u00a0\u00a0".repeat(o.depth ?? 0) + o.label}
          </option>
        ))}
      </Select>
    </label>
  );
  return (
    <form method="get" action={path} className="mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" aria-label={t("legend")}>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        {presets.map(([key, days]) => {
          const from = addDays(today, -(days - 1));
          const active = period.from === from && period.to === today;
          return (
            <Link
              key={key}
              href={`${path}${withParams(params, { from, to: today })}`}
              aria-current={active ? "true" : undefined}
              className={`rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset ${active ? "bg-brand-600 text-white ring-brand-600" : "text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
            >
              {t(key)}
            </Link>
          );
        })}
        <label className="ml-auto flex items-center gap-2 text-xs font-medium text-slate-600">
          {t("from")}
          <TextInput type="date" name="from" defaultValue={period.from} className="w-40" />
        </label>
        <label className="flex items-center gap-2 text-xs font-medium text-slate-600">
          {t("to")}
          <TextInput type="date" name="to" defaultValue={period.to} className="w-40" />
        </label>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        {options.allDepartments
          ? select("departmentId", t("department"), options.departments)
          : select("departmentId", t("department"), options.departments, "")}
        {select("categoryId", t("category"), options.categories)}
        {select("type", t("type"), [
          { value: "incident", label: tt("type.incident") },
          { value: "request", label: tt("type.request") },
        ])}
        {select(
          "priority",
          t("priority"),
          (["critical", "high", "normal", "low"] as const).map((p) => ({ value: p, label: tt(`priority.${p}`) })),
        )}
        {select("lineId", t("line"), options.lines)}
        {select("assigneeId", t("assignee"), options.assignees)}
        {params.groupBy && <input type="hidden" name="groupBy" value={params.groupBy} />}
        <div className="flex gap-2">
          <button
            type="submit"
            className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-500/40"
          >
            {t("apply")}
          </button>
          <Link href={path} className="rounded-lg px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100">
            {t("reset")}
          </Link>
        </div>
      </div>
    </form>
  );
}
