// GET /api/v1/reports/problems/{id} — one recurring problem: its figures, all its tickets, the articles covering it
import { apiRoute } from "@/lib/auth/guards";
import { getProblemDetail } from "@/lib/reports/problems/problems-report";
import { readReportRequest } from "@/lib/reports/report-request";

export const GET = apiRoute<{ id: string }>({ permission: "reports.view" }, async ({ request, user, params }) => {
  const { q, locale } = await readReportRequest(request, user);
  return getProblemDetail(q, params.id, locale);
});
