// GET /api/v1/suggest?q=&description=&limit=5 — solutions to show while someone types a new ticket
import { NextResponse } from "next/server";
import { parseQueryString } from "@/lib/api/parse-query-string";
import { apiRoute } from "@/lib/auth/guards";
import { suggestQuery } from "@/lib/search/schemas";
import { suggestSolutions } from "@/lib/search/suggest-solutions";
import { withDataHeaders } from "@/lib/security/security-headers";

// Asked at every pause in typing, and answered for this person only: never stored by a cache. `no-transform`
// keeps Next from gzipping the answer: five short suggestions are a couple of kilobytes, and gzip with its
// chunked writes was a tenth of the web server's CPU for a suggestion (bench:suggest --cpu-prof).
const headers = { "Cache-Control": "private, no-store, no-transform" };

const suggest = apiRoute({ permission: "portal.use" }, async ({ request, user }) =>
  NextResponse.json(await suggestSolutions(user, parseQueryString(request, suggestQuery)), { headers }),
);

// The proxy skips this route (proxy.ts), so every answer, an error too, gets the security headers here.
export const GET: typeof suggest = async (request, context) => withDataHeaders(await suggest(request, context));
