import { index, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { users } from "./people";
import { tickets } from "./tickets";

/**
 * Recurring problems found from the tickets' text (lib/reports/problems): computed by the `reports.groupProblems`
 * job and stored, so the report pages only read. A group keeps its id from one run to the next when most of its
 * tickets stay together, so links to it hold.
 */
export const problemGroups = pgTable("problem_groups", {
  id: uuid("id").primaryKey().defaultRandom(),
  // A few words naming the problem, from the group's own Russian and English texts (either may be empty).
  labelRu: text("label_ru").notNull().default(""),
  labelEn: text("label_en").notNull().default(""),
  // Sparse term weights of the group, to match a new text against it the same way the grouping does.
  centroid: jsonb("centroid").$type<Record<string, number>>().notNull(),
  // The similarity a text needs to the centroid to belong here: the grouping's own threshold for its corpus.
  threshold: real("threshold").notNull().default(0),
  // The article that covers it: the one its tickets were resolved with most, else the best textual match.
  coverageArticleId: uuid("coverage_article_id").references(() => articles.id),
  coverageSimilarity: real("coverage_similarity"),
  computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
});

export const problemGroupTickets = pgTable(
  "problem_group_tickets",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => problemGroups.id),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.ticketId] }), index("problem_group_tickets_ticket_idx").on(t.ticketId)],
);

/**
 * One visit of the new-ticket form, for the self-service funnel. Holds no text: what was shown, opened and solved
 * are ids, and the words of a session that ended in a ticket are that ticket's own subject.
 */
export const selfServiceSessions = pgTable(
  "self_service_sessions",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    // Suggestions listed while typing, opened, and the one that "solved my problem" ("article:<id>" / "ticket:<id>").
    shown: text("shown").array().notNull().default([]),
    opened: text("opened").array().notNull().default([]),
    solved: text("solved"),
    solvedAt: timestamp("solved_at", { withTimezone: true }),
    ticketId: uuid("ticket_id").references(() => tickets.id),
  },
  (t) => [index("self_service_sessions_started_idx").on(t.startedAt)],
);
