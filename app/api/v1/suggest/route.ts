// GET /api/v1/suggest?q=&description=&limit=5 — solutions to show while someone types a new ticket
import { apiRoute } from "@/lib/auth/guards";
import { parseQueryString } from "@/lib/search/parse-query-string";
import { suggestQuery } from "@/lib/search/schemas";
import { suggestSolutions } from "@/lib/search/suggest-solutions";

export const GET = apiRoute({ permission: "portal.use" }, async ({ request, user }) => suggestSolutions(user, parseQueryString(request, suggestQuery)));
