// GET /api/v1/reports/satisfaction?groupBy= — ratings by specialist, category or month, and what requesters said
import { apiRoute } from "@/lib/auth/guards";
import { satisfactionColumns } from "@/lib/reports/export/columns";
import { answerList, readParam, readReportRequest } from "@/lib/reports/report-request";
import { getSatisfaction, satisfactionGroupBy } from "@/lib/reports/satisfaction";

export const GET = apiRoute({ permission: "reports.view" }, async ({ request, user }) => {
  const { q, list, locale, params } = await readReportRequest(request, user);
  const groupBy = readParam(params, "groupBy", satisfactionGroupBy, "assignee");
  return answerList(
    await getSatisfaction(q, groupBy, locale),
    list,
    satisfactionColumns,
    locale,
    `satisfaction-${groupBy}-${q.period.from}-${q.period.to}`,
  );
});
