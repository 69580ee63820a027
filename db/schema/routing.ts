import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { categories } from "./categories";
import { priorityEnum, ticketTypeEnum } from "./enums";
import { departments, users } from "./people";

// A line of support (e.g. "first line", "МИС team"): a group of specialists tickets can be handed to.
export const supportLines = pgTable("support_lines", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  nameRu: text("name_ru").notNull(),
  nameEn: text("name_en").notNull(),
});

export const lineMembers = pgTable(
  "line_members",
  {
    lineId: uuid("line_id")
      .notNull()
      .references(() => supportLines.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.lineId, t.userId] })],
);

/**
 * Automatic assignment: rules are tried in `position` order; the first whose conditions all hold picks a
 * specialist, or a line member by least open tickets or round-robin. Empty conditions match anything.
 */
export const assignmentRules = pgTable("assignment_rules", {
  id: uuid("id").primaryKey().defaultRandom(),
  position: integer("position").notNull().default(0),
  name: text("name").notNull(),
  active: boolean("active").notNull().default(true),
  categoryId: uuid("category_id").references(() => categories.id),
  includeSubcategories: boolean("include_subcategories").notNull().default(true),
  type: ticketTypeEnum("type"),
  departmentId: uuid("department_id").references(() => departments.id),
  priority: priorityEnum("priority"),
  assigneeId: uuid("assignee_id").references(() => users.id),
  lineId: uuid("line_id").references(() => supportLines.id),
  strategy: text("strategy").$type<"least_open" | "round_robin">().notNull().default("least_open"),
  lastAssigneeId: uuid("last_assignee_id").references(() => users.id),
});

// SLA targets per priority, in minutes of the chosen calendar.
export const slaPolicies = pgTable("sla_policies", {
  priority: priorityEnum("priority").primaryKey(),
  responseMinutes: integer("response_minutes").notNull(),
  resolutionMinutes: integer("resolution_minutes").notNull(),
  calendar: text("calendar").$type<"24x7" | "business">().notNull().default("24x7"),
});

// Desk-wide settings (auto-close days, business hours, default hourly cost), one JSON value per key.
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
