// GET /api/health — the state of the database, the search node and the job queue (no auth)
import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, { status: health.db === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
