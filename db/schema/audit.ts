import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

// Every action of every party: who, when, on what, and what changed from what to what.
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => users.id),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    changes: jsonb("changes").$type<Record<string, { from?: unknown; to?: unknown }>>(),
    data: jsonb("data").$type<Record<string, unknown>>(),
  },
  // The reports count events of one kind in a period (rejections, reopenings).
  (t) => [index("audit_events_entity_idx").on(t.entityType, t.entityId), index("audit_events_action_at_idx").on(t.action, t.at)],
);
