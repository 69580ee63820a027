// POST /api/v1/reports/problems/refresh — recompute the recurring problems now (a job; 202)
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/auth/guards";
import { requestGrouping } from "@/lib/reports/problems/request-grouping";

export const POST = apiRoute({ permission: "reports.refresh" }, async () => {
  await requestGrouping();
  return NextResponse.json({ status: "queued" }, { status: 202 });
});
