// GET /api/v1/reports/self-service — the new-ticket form's funnel, per article, and the content gaps
import { apiRoute } from "@/lib/auth/guards";
import { selfServiceColumns } from "@/lib/reports/export/columns";
import { tableResponse } from "@/lib/reports/export/table-file";
import { readReportRequest } from "@/lib/reports/report-request";
import { getSelfService } from "@/lib/reports/self-service";

export const GET = apiRoute({ permission: "reports.view" }, async ({ request, user }) => {
  const { q, list, locale } = await readReportRequest(request, user);
  const report = await getSelfService(q, locale);
  // Its list is the funnel per article: that is what `?format=` downloads.
  if (list.format !== "json")
    return tableResponse(report.byArticle, selfServiceColumns, locale, list.format, `self-service-${q.period.from}-${q.period.to}`);
  return report;
});
