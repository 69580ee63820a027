import { boolean, index, integer, pgTable, primaryKey, serial, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { categories } from "./categories";
import { priorityEnum, ticketStatusEnum, ticketTypeEnum, urgencyEnum } from "./enums";
import { users } from "./people";

export const tickets = pgTable(
  "tickets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Human number, shown as HD-<number>.
    number: serial("number").notNull().unique(),
    type: ticketTypeEnum("type").notNull(),
    status: ticketStatusEnum("status").notNull().default("new"),
    priority: priorityEnum("priority").notNull().default("normal"),
    urgency: urgencyEnum("urgency").notNull().default("normal"),
    subject: text("subject").notNull(),
    description: text("description").notNull(),
    categoryId: uuid("category_id").references(() => categories.id),
    requesterId: uuid("requester_id").notNull().references(() => users.id),
    createdById: uuid("created_by_id").notNull().references(() => users.id),
    assigneeId: uuid("assignee_id").references(() => users.id),
    solution: text("solution"),
    shareable: boolean("shareable").notNull().default(true),
    rating: smallint("rating"),
    ratingComment: text("rating_comment"),
    reopenCount: integer("reopen_count").notNull().default(0),
    escalationLevel: integer("escalation_level").notNull().default(0),
    responseDueAt: timestamp("response_due_at", { withTimezone: true }),
    resolutionDueAt: timestamp("resolution_due_at", { withTimezone: true }),
    breached: boolean("breached").notNull().default(false),
    firstResponseAt: timestamp("first_response_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: text("closed_by"),
  },
  (t) => [
    index("tickets_status_idx").on(t.status),
    index("tickets_requester_idx").on(t.requesterId),
    index("tickets_assignee_idx").on(t.assigneeId),
    index("tickets_created_idx").on(t.createdAt),
  ],
);

export const ticketRemarks = pgTable(
  "ticket_remarks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id").notNull().references(() => tickets.id),
    authorId: uuid("author_id").notNull().references(() => users.id),
    body: text("body").notNull(),
    // Internal notes are seen by IT staff only.
    internal: boolean("internal").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("ticket_remarks_ticket_idx").on(t.ticketId)],
);

export const ticketWatchers = pgTable(
  "ticket_watchers",
  {
    ticketId: uuid("ticket_id").notNull().references(() => tickets.id),
    userId: uuid("user_id").notNull().references(() => users.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.userId] })],
);
