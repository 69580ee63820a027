import { and, count, eq, isNull } from "drizzle-orm";
import { getDb, schema } from "@/db/client";

/** How many of a person's notifications are unread: the number on the bell. */
export async function countUnreadNotifications(userId: string): Promise<number> {
  const { notifications } = schema;
  const [row] = await getDb()
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
