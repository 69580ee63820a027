// GET /api/v1/reports/overview — every headline figure of the period, each with the period before
import { apiRoute } from "@/lib/auth/guards";
import { getOverview } from "@/lib/reports/overview";
import { readReportRequest } from "@/lib/reports/report-request";

export const GET = apiRoute({ permission: "reports.view" }, async ({ request, user }) => {
  const { q } = await readReportRequest(request, user);
  return getOverview(q);
});
