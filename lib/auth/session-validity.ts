/**
 * Whether a browser session still holds: signed in after the person last chose "sign out everywhere" (or an admin
 * did for them), and within the desk's session lifetime. Sessions are signed cookies, so this is checked on
 * every request against the row in PostgreSQL. A session from before this rule (no sign-in time) holds until its
 * cookie expires, unless sessions were revoked since.
 */
export function sessionHolds(signedInAt: number | undefined, revokedAt: Date | null, lifetimeHours: number, now = Date.now()): boolean {
  if (signedInAt === undefined) return revokedAt === null;
  if (revokedAt && signedInAt <= revokedAt.getTime()) return false;
  return now - signedInAt <= lifetimeHours * 3_600_000;
}
