import { boolean, date, index, integer, pgTable, primaryKey, serial, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { categories } from "./categories";
import { priorityEnum, ticketStatusEnum, ticketTypeEnum, urgencyEnum } from "./enums";
import { users } from "./people";
import { supportLines } from "./routing";

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
    requesterId: uuid("requester_id")
      .notNull()
      .references(() => users.id),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id),
    assigneeId: uuid("assignee_id").references(() => users.id),
    // The line the ticket is with, when handed to a group rather than (or as well as) a person.
    lineId: uuid("line_id").references(() => supportLines.id),
    solution: text("solution"),
    shareable: boolean("shareable").notNull().default(true),
    rating: smallint("rating"),
    ratingComment: text("rating_comment"),
    reopenCount: integer("reopen_count").notNull().default(0),
    escalationLevel: integer("escalation_level").notNull().default(0),
    responseDueAt: timestamp("response_due_at", { withTimezone: true }),
    resolutionDueAt: timestamp("resolution_due_at", { withTimezone: true }),
    breached: boolean("breached").notNull().default(false),
    // Set while waiting for the requester: the SLA clock is paused, and the due dates move on by the pause.
    slaPausedAt: timestamp("sla_paused_at", { withTimezone: true }),
    slaWarnedAt: timestamp("sla_warned_at", { withTimezone: true }),
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
    // The reports count by when tickets were resolved and closed.
    index("tickets_resolved_idx").on(t.resolvedAt),
    index("tickets_closed_idx").on(t.closedAt),
  ],
);

export const ticketRemarks = pgTable(
  "ticket_remarks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
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
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.userId] })],
);

export const ticketAttachments = pgTable(
  "ticket_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    remarkId: uuid("remark_id").references(() => ticketRemarks.id),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    // Where the bytes are, relative to the attachment store (ATTACHMENTS_DIR).
    storageKey: text("storage_key").notNull(),
    uploadedById: uuid("uploaded_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("ticket_attachments_ticket_idx").on(t.ticketId)],
);

export const timeEntries = pgTable(
  "time_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    minutes: integer("minutes").notNull(),
    note: text("note"),
    workDate: date("work_date", { mode: "string" }).notNull(),
    // The specialist's hourly cost when the time was logged, so later changes of the rate keep history true.
    hourlyCost: integer("hourly_cost").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("time_entries_ticket_idx").on(t.ticketId), index("time_entries_work_date_idx").on(t.workDate)],
);

// Articles linked to a ticket (used as its solution, or captured from it).
export const ticketArticles = pgTable(
  "ticket_articles",
  {
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id),
    relation: text("relation").$type<"used" | "captured" | "linked">().notNull().default("linked"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.articleId] })],
);
