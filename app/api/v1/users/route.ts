// GET /api/v1/users?role=&q= — the directory staff pick assignees and watchers from
import { apiRoute } from "@/lib/auth/guards";
import { AppError, zodFields } from "@/lib/errors";
import { listUsers, listUsersQuery } from "@/lib/people/list-users";

export const GET = apiRoute({ permission: "users.list" }, async ({ request }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = listUsersQuery.safeParse(params);
  if (!parsed.success) throw new AppError("invalid_input", "Some fields are not valid", zodFields(parsed.error));
  return listUsers(parsed.data);
});
