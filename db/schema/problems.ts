import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { problemStatusEnum } from "./enums";
import { users } from "./people";
import { tickets } from "./tickets";

/**
 * A problem record: the cause behind recurring incidents (lib/problems). Never deleted (0009's triggers); its
 * history is in audit_events with entity_type 'problem'.
 */
export const problems = pgTable(
  "problems",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Human number, shown as PRB-<number>.
    number: serial("number").notNull().unique(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    status: problemStatusEnum("status").notNull().default("open"),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id),
    rootCause: text("root_cause"),
    workaround: text("workaround"),
    // Requesters of linked tickets see the problem and its workaround only when this is set.
    workaroundPublic: boolean("workaround_public").notNull().default(false),
    solution: text("solution"),
    // The recurring-problem group (reports) it was opened from. No foreign key: the grouping job replaces its
    // groups every hour, and a group that dissolves must not take this record's origin with it.
    fromGroupId: uuid("from_group_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    knownErrorAt: timestamp("known_error_at", { withTimezone: true }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("problems_status_idx").on(t.status),
    index("problems_owner_idx").on(t.ownerId),
    index("problems_created_idx").on(t.createdAt),
  ],
);

/**
 * Incidents linked to a problem. A link is never deleted: unlinking stamps `unlinked_at`, so the problem keeps
 * the record of every ticket it once had. A ticket is in at most one problem at a time (the partial unique index).
 */
export const problemTickets = pgTable(
  "problem_tickets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    problemId: uuid("problem_id")
      .notNull()
      .references(() => problems.id),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    linkedById: uuid("linked_by_id")
      .notNull()
      .references(() => users.id),
    linkedAt: timestamp("linked_at", { withTimezone: true }).notNull().defaultNow(),
    unlinkedById: uuid("unlinked_by_id").references(() => users.id),
    unlinkedAt: timestamp("unlinked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("problem_tickets_one_problem_per_ticket").on(t.ticketId).where(sql`${t.unlinkedAt} is null`),
    index("problem_tickets_problem_idx").on(t.problemId),
  ],
);

// Time spent on the problem itself (not on one of its tickets), with the hourly cost frozen as for tickets.
export const problemTimeEntries = pgTable(
  "problem_time_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    problemId: uuid("problem_id")
      .notNull()
      .references(() => problems.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    minutes: integer("minutes").notNull(),
    note: text("note"),
    workDate: date("work_date", { mode: "string" }).notNull(),
    hourlyCost: integer("hourly_cost").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("problem_time_entries_problem_idx").on(t.problemId), index("problem_time_entries_work_date_idx").on(t.workDate)],
);

export const problemWatchers = pgTable(
  "problem_watchers",
  {
    problemId: uuid("problem_id")
      .notNull()
      .references(() => problems.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.userId] })],
);

/**
 * The problem a new ticket seems to repeat, found by the `problems.suggest` job when the ticket is filed (the
 * grouping's own matching against the problem's recurring group), so the ticket page and the queue only read it.
 * One per ticket: the best match. Derived data, not history: it is shown only while the ticket is in no problem,
 * the problem is still open or a known error, and nobody has dismissed it.
 */
export const problemSuggestions = pgTable(
  "problem_suggestions",
  {
    ticketId: uuid("ticket_id")
      .primaryKey()
      .references(() => tickets.id),
    problemId: uuid("problem_id")
      .notNull()
      .references(() => problems.id),
    similarity: real("similarity").notNull(),
    suggestedAt: timestamp("suggested_at", { withTimezone: true }).notNull().defaultNow(),
    // IT staff said "not this problem": no longer offered, nor offered again for the same problem.
    dismissedAt: timestamp("dismissed_at", { withTimezone: true }),
    dismissedById: uuid("dismissed_by").references(() => users.id),
  },
  (t) => [index("problem_suggestions_problem_idx").on(t.problemId)],
);

/**
 * Articles written from a problem: the draft made when it became a known error (root cause and workaround), which
 * then follows the usual review. `nearDuplicates` are the articles that already seemed to cover it then.
 */
export const problemArticles = pgTable(
  "problem_articles",
  {
    problemId: uuid("problem_id")
      .notNull()
      .references(() => problems.id),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id),
    nearDuplicates: jsonb("near_duplicates").$type<{ id: string; title: string }[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.articleId] })],
);
