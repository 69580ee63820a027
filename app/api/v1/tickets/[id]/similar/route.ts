// GET /api/v1/tickets/{id}/similar?limit=5 — resolved or closed tickets like this one, with their solutions

import { parseQueryString } from "@/lib/api/parse-query-string";
import { apiRoute } from "@/lib/auth/guards";
import { similarQuery } from "@/lib/search/schemas";
import { similarTicketsFor } from "@/lib/search/similar-tickets";

export const GET = apiRoute<{ id: string }>({ permission: "desk.use" }, async ({ request, user, params }) =>
  similarTicketsFor(user, params.id, parseQueryString(request, similarQuery).limit),
);
