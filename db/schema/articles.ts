import { type AnyPgColumn, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { categories } from "./categories";
import { articleStatusEnum, languageEnum, visibilityEnum } from "./enums";
import { users } from "./people";

// Knowledge-base articles; the knowledge-base issue adds versions, reviews and feedback.
export const articles = pgTable(
  "articles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    key: text("key").unique(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    categoryId: uuid("category_id").references(() => categories.id),
    tags: text("tags").array().notNull().default([]),
    visibility: visibilityEnum("visibility").notNull().default("public"),
    status: articleStatusEnum("status").notNull().default("draft"),
    language: languageEnum("language").notNull().default("ru"),
    translationOfId: uuid("translation_of_id").references((): AnyPgColumn => articles.id),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    // Who keeps the article true (the author unless an editor hands it on); stale articles are theirs to review.
    ownerId: uuid("owner_id").references(() => users.id),
    // After this moment a published article is flagged as stale until someone reviews it (set on publish).
    reviewDueAt: timestamp("review_due_at", { withTimezone: true }),
    views: integer("views").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    // A pending edit of a published article: the live title and body above stay published until an editor
    // publishes this revision (null: no pending edit). See lib/kb/article-rules.ts for the stages.
    draftTitle: text("draft_title"),
    draftBody: text("draft_body"),
    // When the author submitted the pending edit of a published article for review (null: not submitted).
    draftSubmittedAt: timestamp("draft_submitted_at", { withTimezone: true }),
  },
  (t) => [index("articles_status_idx").on(t.status)],
);
