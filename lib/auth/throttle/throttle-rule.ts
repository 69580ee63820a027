/**
 * The throttling rule of API.md: after 5 failures for one key (an account from one address, or bearer tokens from
 * one address) within 15 minutes, the key is refused — even with the right password — for 1 minute, doubling with
 * each further failure, at most an hour. Other accounts and addresses are not affected, so nobody can lock the
 * admin out from elsewhere. Pure, so every case is a unit test.
 */
export const FREE_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const FIRST_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 60 * 60_000;
/** After this many failures in a streak the account's owner is told by mail. */
export const TELL_OWNER_AFTER = 10;

export type ThrottleState = { failures: number; firstFailureAt: Date; lockedUntil: Date | null };

/** Seconds until the key may try again, or 0 when it may now. */
export function retryAfterSeconds(state: ThrottleState | null, now: Date): number {
  return secondsUntil(state?.lockedUntil ?? null, now);
}

/** Seconds until a lock ends, or 0 when there is none or it has ended. */
export function secondsUntil(lockedUntil: Date | null, now: Date): number {
  if (!lockedUntil || lockedUntil <= now) return 0;
  return Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000);
}

/** The state after one more failure (a refused attempt during a lock counts too: a guesser only waits longer). */
export function afterFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const locked = state?.lockedUntil && state.lockedUntil > now;
  // A streak ends 15 minutes after its first failure, or after its last lock ended, with nothing since.
  const lastMoment = Math.max(state?.firstFailureAt.getTime() ?? 0, state?.lockedUntil?.getTime() ?? 0);
  const fresh = !state || (!locked && now.getTime() - lastMoment > WINDOW_MS);
  const failures = fresh ? 1 : state.failures + 1;
  const firstFailureAt = fresh ? now : state.firstFailureAt;
  if (failures < FREE_FAILURES) return { failures, firstFailureAt, lockedUntil: null };
  const lockMs = Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - FREE_FAILURES));
  return { failures, firstFailureAt, lockedUntil: new Date(now.getTime() + lockMs) };
}
