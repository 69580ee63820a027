// GET /api/v1/openapi.json — the REST API as an OpenAPI 3.1 document (no auth)
import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

export function GET() {
  return NextResponse.json(openApiDocument);
}
