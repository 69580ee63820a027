// GET /api/v1/notifications — the caller's bell: latest notifications and the unread count
import { apiRoute } from "@/lib/auth/guards";
import { listNotifications } from "@/lib/notify/list-notifications";

export const GET = apiRoute({ permission: "portal.use" }, async ({ user }) => listNotifications(user.id));
