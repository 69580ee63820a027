import { index, integer, jsonb, pgTable, serial, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";

// "This solved my problem": a suggestion that ended the new-ticket form without a ticket. The item is an
// article or a ticket (no foreign key: it names either table, by `kind`); `query` is what the person had typed.
export const deflections = pgTable(
  "deflections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").$type<"article" | "ticket">().notNull(),
    itemId: uuid("item_id").notNull(),
    query: text("query").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("deflections_created_idx").on(t.createdAt), index("deflections_item_idx").on(t.kind, t.itemId)],
);

// The learnt category suggestion (search/category): trained from past tickets by the `search.trainCategories`
// job, newest row wins. Kept in Postgres so every web process reads the same model.
export const categoryModels = pgTable("category_models", {
  id: serial("id").primaryKey(),
  trainedAt: timestamp("trained_at", { withTimezone: true }).notNull().defaultNow(),
  examples: integer("examples").notNull(),
  model: jsonb("model").$type<Record<string, unknown>>().notNull(),
});
