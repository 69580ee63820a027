// GET /api/v1/users?role=&q= — the directory staff pick assignees and watchers from
import { parseQueryString } from "@/lib/api/parse-query-string";
import { apiRoute } from "@/lib/auth/guards";
import { listUsers, listUsersQuery } from "@/lib/people/list-users";

export const GET = apiRoute({ permission: "users.list" }, async ({ request }) => listUsers(parseQueryString(request, listUsersQuery)));
