// GET /api/v1/reports/sla?groupBy= — SLA met and breached by priority, line, specialist or category
import { apiRoute } from "@/lib/auth/guards";
import { slaColumns } from "@/lib/reports/export/columns";
import { answerList, readParam, readReportRequest } from "@/lib/reports/report-request";
import { getSlaReport, slaGroupBy } from "@/lib/reports/sla-report";

export const GET = apiRoute({ permission: "reports.view" }, async ({ request, user }) => {
  const { q, list, locale, params } = await readReportRequest(request, user);
  const groupBy = readParam(params, "groupBy", slaGroupBy, "priority");
  return answerList(await getSlaReport(q, groupBy, locale), list, slaColumns, locale, `sla-${groupBy}-${q.period.from}-${q.period.to}`);
});
