// POST /api/v1/suggest/sessions — the new-ticket form tells what it showed and opened (ids only), for the funnel
import { apiRoute, readJson } from "@/lib/auth/guards";
import { recordSession, sessionInput } from "@/lib/search/self-service-session";

export const POST = apiRoute({ permission: "portal.use" }, async ({ request, user }) => {
  await recordSession(user, await readJson(request, sessionInput));
  return new Response(null, { status: 204 });
});
