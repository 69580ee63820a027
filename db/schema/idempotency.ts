import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

/**
 * The answers of create requests sent with an `Idempotency-Key` header (lib/api/idempotency.ts), kept 24 hours:
 * a client that repeats a request it is unsure about (a lost answer, a double-clicked form) gets the first
 * answer again instead of a second ticket. The row is written in the same transaction as what it created, so
 * it exists exactly when that does; a key is one person's own.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    key: text("key").notNull(),
    // The method and path, and a hash of the validated body: the same key for another request is refused.
    route: text("route").notNull(),
    requestHash: text("request_hash").notNull(),
    // What the request created; the answer is stored once it is read, just after the commit, as the very text
    // sent (jsonb would reorder its keys: "the same answer" is byte for byte).
    resourceId: text("resource_id"),
    status: integer("status"),
    body: text("body"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index("idempotency_keys_created_idx").on(t.createdAt)],
);
