import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed sign-ins and bearer tokens, per account and address (lib/auth/throttle): kept in PostgreSQL so the
 * throttling holds across web processes and restarts. A success removes its row.
 */
export const signInThrottles = pgTable("sign_in_throttles", {
  // "account:<e-mail>|<address>" or "token|<address>".
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  firstFailureAt: timestamp("first_failure_at", { withTimezone: true }).notNull(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  // When the account's owner was told of the failures (once per streak).
  ownerToldAt: timestamp("owner_told_at", { withTimezone: true }),
});
