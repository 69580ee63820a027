// GET /api/v1/me — the signed-in user
import { apiRoute } from "@/lib/auth/guards";

export const GET = apiRoute({}, async ({ user }) => ({
  id: user.id,
  name: user.name,
  email: user.email,
  roles: user.roles,
  departmentId: user.departmentId,
  language: user.language,
}));
