import { type AnyPgColumn, boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { languageEnum, roleEnum } from "./enums";

export const departments = pgTable("departments", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  nameRu: text("name_ru").notNull(),
  nameEn: text("name_en").notNull(),
  // The department head: files tickets on behalf of the department and sees its tickets.
  managerId: uuid("manager_id").references((): AnyPgColumn => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  title: text("title"),
  passwordHash: text("password_hash"),
  departmentId: uuid("department_id").references(() => departments.id),
  language: languageEnum("language"),
  vip: boolean("vip").notNull().default(false),
  // Cost of an hour of this person's work (whole currency units), for the time-and-money reports.
  hourlyCost: integer("hourly_cost"),
  active: boolean("active").notNull().default(true),
  // "Sign out everywhere": sessions signed in before this moment end at their next request.
  sessionsRevokedAt: timestamp("sessions_revoked_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  phone: text("phone"),
  // Set for people who sign in with the directory (lib/auth/directory): their entry, which the sign-in and the
  // directory sync follow. Their password is never stored here.
  directoryDn: text("directory_dn"),
});

export const userRoles = pgTable(
  "user_roles",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    role: roleEnum("role").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

// Personal API tokens: only a SHA-256 of the token is kept; the token itself is shown once.
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    prefix: text("prefix").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId)],
);
