// GET /api/v1/suggest/category?q=&description= — the category to pre-fill on the new-ticket form

import { parseQueryString } from "@/lib/api/parse-query-string";
import { apiRoute } from "@/lib/auth/guards";
import { categoryQuery } from "@/lib/search/schemas";
import { suggestCategoryFor } from "@/lib/search/suggest-category";

export const GET = apiRoute({ permission: "portal.use" }, async ({ request }) =>
  suggestCategoryFor(parseQueryString(request, categoryQuery)),
);
