import { and, eq, isNull } from "drizzle-orm";
import { getDb, schema, type Tx, withTransaction } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { getSetting } from "@/lib/settings/settings";
import { sessionHolds } from "./session-validity";

/**
 * Ends every session and API token of a person at once: their sessions end at their next request, their tokens
 * are revoked. Run in the caller's transaction (deactivating a person does it with the change).
 */
export async function revokeSessionsIn(tx: Tx, userId: string, actorId: string | null): Promise<void> {
  const now = new Date();
  await tx.db.update(schema.users).set({ sessionsRevokedAt: now }).where(eq(schema.users.id, userId));
  const revoked = await tx.db
    .update(schema.apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(schema.apiTokens.userId, userId), isNull(schema.apiTokens.revokedAt)))
    .returning({ id: schema.apiTokens.id });
  await recordAudit(tx, { actorId, entityType: "user", entityId: userId, action: "sessions_revoked", data: { tokens: revoked.length } });
}

/** "Sign out everywhere" (the person on their profile, or an admin for them). */
export async function revokeSessions(userId: string, actorId: string): Promise<void> {
  await withTransaction((tx) => revokeSessionsIn(tx, userId, actorId));
}

/** Whether a session signed in at `signedInAt` still holds for this person (one query). */
export async function sessionStillHolds(userId: string, signedInAt: number | undefined): Promise<boolean> {
  const db = getDb();
  const [[row], lifetime] = await Promise.all([
    db.select({ revokedAt: schema.users.sessionsRevokedAt }).from(schema.users).where(eq(schema.users.id, userId)),
    getSetting(db, "sessionHours"),
  ]);
  return row !== undefined && sessionHolds(signedInAt, row.revokedAt, lifetime);
}
