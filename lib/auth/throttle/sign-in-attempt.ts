import { eq } from "drizzle-orm";
import { getDb, schema, withTransaction } from "@/db/client";
import { enqueue } from "@/lib/jobs/queue";
import { clearFailures, countFailure, secondsToWait } from "./throttle-store";

export type Attempt = { email: string; address: string; userAgent: string | null };
type Outcome = "signed_in" | "failed" | "refused";

/** The throttle key of an account from one address. */
export const accountKey = (a: Pick<Attempt, "email" | "address">) => `account:${a.email}|${a.address}`;

/**
 * Wraps one password check with the throttling and the audit trail: a throttled account and address is refused
 * before its password is even looked at (the answer says when to try again); every outcome is an audit event
 * admins read; the 10th failure of a streak mails the account's owner. `check` returns the user id or null.
 */
export async function attemptSignIn(
  attempt: Attempt,
  check: () => Promise<string | null>,
): Promise<{ userId: string } | { retryAfter: number } | null> {
  const key = accountKey(attempt);
  const wait = await secondsToWait(key);
  if (wait > 0) {
    const state = await countFailure(key);
    await recordAttempt(attempt, "refused", null, { failures: state.failures }, state.tellOwner);
    return { retryAfter: await secondsToWait(key) };
  }
  const userId = await check();
  if (userId) {
    await clearFailures(key);
    await recordAttempt(attempt, "signed_in", userId);
    return { userId };
  }
  const state = await countFailure(key);
  await recordAttempt(attempt, "failed", null, { failures: state.failures }, state.tellOwner);
  // An expected failure is one line in the log, never a stack trace.
  console.warn(`sign-in failed for ${attempt.email} from ${attempt.address} (${state.failures} in a row)`);
  return null;
}

async function recordAttempt(
  attempt: Attempt,
  outcome: Outcome,
  userId: string | null,
  data: Record<string, unknown> = {},
  tellOwner = false,
) {
  const [owner] = userId
    ? [{ id: userId }]
    : await getDb().select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, attempt.email));
  await withTransaction(async (tx) => {
    await tx.db.insert(schema.auditEvents).values({
      actorId: owner?.id ?? null,
      entityType: "sign_in",
      entityId: owner?.id ?? attempt.email,
      action: outcome,
      data: { email: attempt.email, address: attempt.address, userAgent: attempt.userAgent?.slice(0, 300) ?? null, ...data },
    });
    if (tellOwner && owner) await enqueue(tx, "mail.signInFailures", { userId: owner.id, address: attempt.address });
  });
}
