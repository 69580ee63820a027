// POST /api/v1/notifications/read — mark the caller's notifications read: {ids} or, without ids, all
import { apiRoute, readJson } from "@/lib/auth/guards";
import { countUnreadNotifications } from "@/lib/notify/count-unread-notifications";
import { markNotificationsRead, markNotificationsReadInput } from "@/lib/notify/mark-notifications-read";

export const POST = apiRoute({ permission: "portal.use" }, async ({ request, user }) => {
  const input = await readJson(request, markNotificationsReadInput);
  const updated = await markNotificationsRead(user.id, input);
  return { updated, unreadCount: await countUnreadNotifications(user.id) };
});
