// GET /api/v1/reports/problems — recurring problems found from the tickets' text, most expensive first
import { apiRoute } from "@/lib/auth/guards";
import { problemColumns } from "@/lib/reports/export/columns";
import { getProblemsReport } from "@/lib/reports/problems/problems-report";
import { answerList, readReportRequest } from "@/lib/reports/report-request";

export const GET = apiRoute({ permission: "reports.view" }, async ({ request, user }) => {
  const { q, list, locale } = await readReportRequest(request, user);
  return answerList(await getProblemsReport(q, locale), list, problemColumns, locale, `problems-${q.period.from}-${q.period.to}`);
});
