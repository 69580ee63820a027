import { desc, eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { articleNotificationPath } from "./article-notification-path";
import { countUnreadNotifications } from "./count-unread-notifications";

export type NotificationItem = {
  id: string;
  kind: string;
  ticketId: string | null;
  ticketNumber: string | null;
  subject: string | null;
  actorName: string | null;
  url: string | null;
  createdAt: Date;
  readAt: Date | null;
};

const str = (v: unknown) => (typeof v === "string" ? v : null);

/**
 * The bell: a person's unread count and their latest notifications. Only ever the caller's own rows — the
 * user id comes from the session, never from the request.
 */
export async function listNotifications(userId: string, limit = 20): Promise<{ items: NotificationItem[]; unreadCount: number }> {
  const { notifications } = schema;
  const rows = await getDb()
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  const items = rows.map((row) => {
    const number = typeof row.data.ticketNumber === "number" ? `HD-${row.data.ticketNumber}` : null;
    // An article's notification has no ticket: it names the article by title and links to it.
    const articleId = str(row.data.articleId);
    // A problem's names its number (PRB-12) and links to the problem page.
    const problemNumber = str(row.data.problemNumber);
    const url = number
      ? `/tickets/${number}`
      : problemNumber
        ? `/problems/${problemNumber}`
        : articleId
          ? articleNotificationPath(articleId, row.kind.replace(/^article\./, ""))
          : null;
    return {
      id: row.id,
      kind: row.kind,
      ticketId: row.ticketId,
      ticketNumber: number,
      subject: str(row.data.subject) ?? str(row.data.title),
      actorName: str(row.data.actorName),
      url,
      createdAt: row.createdAt,
      readAt: row.readAt,
    };
  });
  return { items, unreadCount: await countUnreadNotifications(userId) };
}
