import { boolean, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { users } from "./people";

// Every publish of an article: immutable (never updated or deleted), numbered 1, 2, … per article.
export const articleVersions = pgTable(
  "article_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    publishedBy: uuid("published_by")
      .notNull()
      .references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("article_versions_article_number_key").on(t.articleId, t.number)],
);

// "Was this helpful?" answers of readers.
export const articleFeedback = pgTable(
  "article_feedback",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    helpful: boolean("helpful").notNull(),
    comment: text("comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("article_feedback_article_idx").on(t.articleId)],
);

// Images and files attached to an article while it is written; the Markdown links to them by id.
export const articleAttachments = pgTable(
  "article_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    // Where the bytes are, relative to the attachment store (see lib/attachments/storage.ts).
    storageKey: text("storage_key").notNull(),
    uploadedById: uuid("uploaded_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("article_attachments_article_idx").on(t.articleId)],
);
