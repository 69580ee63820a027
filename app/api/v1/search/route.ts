// GET /api/v1/search?q=&kind=&status=&type=&categoryId=&priority=&assigneeId=&from=&to=&sort=&limit=&cursor= — staff search

import { parseQueryString } from "@/lib/api/parse-query-string";
import { apiRoute } from "@/lib/auth/guards";
import { searchQuery } from "@/lib/search/schemas";
import { searchDesk } from "@/lib/search/search-desk";

export const GET = apiRoute({ permission: "desk.use" }, async ({ request, user }) =>
  searchDesk(user, parseQueryString(request, searchQuery)),
);
