import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page/page-header";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireUser } from "@/lib/auth/require-user";
import { AppError, toAppError } from "@/lib/errors";
import { localizeError } from "@/lib/i18n/error-messages";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { loadFilterOptions } from "@/lib/reports/filter-options";
import { todayIn } from "@/lib/reports/period";
import { type ReportQuery, resolveReportQuery } from "@/lib/reports/report-query";
import { ReportFilters } from "./report-filters";
import { flatParams, type SearchParams } from "./report-params";
import { type ReportTab, ReportTabs, reportTabs } from "./report-tabs";

export type ReportContext = { q: ReportQuery; locale: Locale; params: Record<string, string>; currency: string; user: CurrentUser };

/**
 * Every report page: the guard, the filters read from the URL through the same rule the API uses (so the page and
 * the API show the same figures to the same person), the tabs and the filter bar. Bad filters are explained on
 * the page, never a crash.
 */
export async function ReportFrame({
  tab,
  searchParams,
  path,
  children,
}: {
  tab: ReportTab;
  searchParams: Promise<SearchParams>;
  path?: string;
  children: (context: ReportContext) => Promise<React.ReactNode>;
}) {
  const user = await requireUser("reports.view");
  const params = flatParams(await searchParams);
  const localeName = await getLocale();
  const locale: Locale = isLocale(localeName) ? localeName : "ru";
  const t = await getTranslations("reports");
  const options = await loadFilterOptions(user, locale);
  let q: ReportQuery | null = null;
  let error: AppError | null = null;
  try {
    q = await resolveReportQuery(user, params);
  } catch (e) {
    error = localizeError(toAppError(e), locale);
  }
  const today = todayIn(q?.timeZone ?? "Europe/Moscow");
  return (
    <>
      <PageHeader title={t("title")} />
      <ReportTabs active={tab} params={params} />
      <ReportFilters
        path={path ?? reportTabs[tab]}
        params={params}
        options={options}
        period={q ? q.period : { from: params.from ?? "", to: params.to ?? "" }}
        today={today}
      />
      {error && (
        <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-800">
          <p className="font-medium">{t("errors.title")}</p>
          <p>{error.message}</p>
          {error.fields && (
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(error.fields).map(([field, message]) => (
                <li key={field}>
                  <code>{field}</code>: {message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {q && (await children({ q, locale, params, currency: options.currency, user }))}
    </>
  );
}
