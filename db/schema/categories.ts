import { type AnyPgColumn, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { priorityEnum } from "./enums";
import { users } from "./people";

// A tree of categories; each may name who gets its tickets and the lowest priority they start at.
export const categories = pgTable("categories", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  parentId: uuid("parent_id").references((): AnyPgColumn => categories.id),
  nameRu: text("name_ru").notNull(),
  nameEn: text("name_en").notNull(),
  defaultPriority: priorityEnum("default_priority").notNull().default("normal"),
  defaultAssigneeId: uuid("default_assignee_id").references(() => users.id),
  position: integer("position").notNull().default(0),
});
