// GET /api/v1/reports/effort?groupBy= — time and money by category, specialist, department, month or problem
import { apiRoute } from "@/lib/auth/guards";
import { effortGroupBy, getEffort } from "@/lib/reports/effort";
import { effortColumns } from "@/lib/reports/export/columns";
import { answerList, readParam, readReportRequest } from "@/lib/reports/report-request";

export const GET = apiRoute({ permission: "reports.view" }, async ({ request, user }) => {
  const { q, list, locale, params } = await readReportRequest(request, user);
  const groupBy = readParam(params, "groupBy", effortGroupBy, "category");
  return answerList(await getEffort(q, groupBy, locale), list, effortColumns, locale, `effort-${groupBy}-${q.period.from}-${q.period.to}`);
});
