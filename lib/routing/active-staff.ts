import { and, eq, inArray } from "drizzle-orm";
import { type Db, schema, type TxDb } from "@/db/client";
import { permissions } from "@/lib/auth/permissions";

/**
 * Of these people, the ones who can be given tickets now: active IT staff. A specialist who has left, or
 * lost their staff role, gets no new tickets from rules, lines or category defaults.
 */
export async function activeStaff(db: Db | TxDb, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: schema.users.id })
    .from(schema.users)
    .innerJoin(schema.userRoles, eq(schema.userRoles.userId, schema.users.id))
    .where(
      and(
        inArray(schema.users.id, userIds),
        eq(schema.users.active, true),
        inArray(schema.userRoles.role, [...permissions["tickets.work"]]),
      ),
    );
  return new Set(rows.map((r) => r.id));
}
