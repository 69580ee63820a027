import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { withParams } from "./report-params";

/** Download links for a report's table: the REST API's `?format=` answer, with the page's filters. */
export async function ExportLinks({ apiPath, params }: { apiPath: string; params: Record<string, string> }) {
  const t = await getTranslations("reports.export");
  return (
    <div className="flex items-center gap-2 text-sm">
      <Download aria-hidden className="h-4 w-4 text-slate-500" />
      <span className="text-slate-500">{t("download")}</span>
      {(["csv", "xlsx"] as const).map((format) => (
        <a
          key={format}
          href={`${apiPath}${withParams(params, { format }, [...Object.keys(params)])}`}
          download
          className="rounded-md px-2 py-1 font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
        >
          {t(format)}
        </a>
      ))}
    </div>
  );
}
