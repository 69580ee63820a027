import { eq } from "drizzle-orm";
import { getDb, schema, withTransaction } from "@/db/client";
import { afterFailure, retryAfterSeconds, TELL_OWNER_AFTER, type ThrottleState } from "./throttle-rule";

const { signInThrottles } = schema;

/** Seconds the key must still wait (0: it may try now). */
export async function secondsToWait(key: string, now = new Date()): Promise<number> {
  const [row] = await getDb().select().from(signInThrottles).where(eq(signInThrottles.key, key));
  return retryAfterSeconds(row ?? null, now);
}

/**
 * Counts one failure for the key, under a row lock so two processes counting at once both count. Says whether
 * this failure is the one to tell the account's owner about (the 10th of a streak; once per streak).
 */
export async function countFailure(key: string, now = new Date()): Promise<ThrottleState & { tellOwner: boolean }> {
  return withTransaction(async (tx) => {
    const [row] = await tx.db.select().from(signInThrottles).where(eq(signInThrottles.key, key)).for("update");
    const next = afterFailure(row ?? null, now);
    const newStreak = !row || next.failures === 1;
    const tellOwner = next.failures >= TELL_OWNER_AFTER && (newStreak || !row?.ownerToldAt);
    const ownerToldAt = tellOwner ? now : newStreak ? null : (row?.ownerToldAt ?? null);
    await tx.db
      .insert(signInThrottles)
      .values({ key, ...next, ownerToldAt })
      .onConflictDoUpdate({ target: signInThrottles.key, set: { ...next, ownerToldAt } });
    return { ...next, tellOwner };
  });
}

/** A success ends the streak. */
export async function clearFailures(key: string): Promise<void> {
  await getDb().delete(signInThrottles).where(eq(signInThrottles.key, key));
}
