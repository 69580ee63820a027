import { and, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb, schema } from "@/db/client";

export const markNotificationsReadInput = z.object({
  // Absent: everything unread. Present: just these (a person opening one item from the bell).
  ids: z.array(z.string().uuid("Not a valid id")).min(1).max(100).optional(),
});

/** Marks a person's notifications read; someone else's ids are simply not matched. Returns how many changed. */
export async function markNotificationsRead(userId: string, input: z.infer<typeof markNotificationsReadInput>): Promise<number> {
  const { notifications } = schema;
  const conditions = [eq(notifications.userId, userId), isNull(notifications.readAt)];
  if (input.ids) conditions.push(inArray(notifications.id, input.ids));
  const changed = await getDb()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(...conditions))
    .returning({ id: notifications.id });
  return changed.length;
}
