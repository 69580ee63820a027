import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./people";
import { ticketRemarks, tickets } from "./tickets";

/**
 * Every mail read from a mailbox, once (lib/mailin): the unique Message-ID is what makes an import happen
 * exactly once. The row is written in the same transaction as the ticket or remark it became, and the mail
 * is marked in the mailbox only after that commits; a mail seen again (a crash before the marking) is found
 * here and only marked.
 */
export const mailImports = pgTable(
  "mail_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    messageId: text("message_id").notNull().unique(),
    mailbox: text("mailbox").notNull(),
    fromEmail: text("from_email").notNull(),
    subject: text("subject").notNull().default(""),
    // ticket (a new ticket), remark (a reply), refused (unknown sender, answered), ignored (automatic or our
    // own mail, never answered), failed (a mail that cannot become anything; kept so it is not retried forever).
    outcome: text("outcome").$type<"ticket" | "remark" | "refused" | "ignored" | "failed">().notNull(),
    reason: text("reason"),
    ticketId: uuid("ticket_id").references(() => tickets.id),
    remarkId: uuid("remark_id").references(() => ticketRemarks.id),
    userId: uuid("user_id").references(() => users.id),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_imports_from_idx").on(t.fromEmail, t.importedAt)],
);

/** The last poll of each mailbox: shown on /api/health and the admin page, and the backoff while it is down. */
export const mailboxStatus = pgTable("mailbox_status", {
  mailbox: text("mailbox").primaryKey(),
  lastPollAt: timestamp("last_poll_at", { withTimezone: true }),
  lastOkAt: timestamp("last_ok_at", { withTimezone: true }),
  lastError: text("last_error"),
  // Polls failed in a row; the next one waits 1, 2, 4 … up to 30 minutes.
  failures: integer("failures").notNull().default(0),
  nextPollAt: timestamp("next_poll_at", { withTimezone: true }),
  imported: integer("imported").notNull().default(0),
});

/**
 * Mailboxes an admin added on the settings page (those of MAILIN_IMAP_URL stay in the environment). The
 * password is sealed with a key derived from AUTH_SECRET (lib/security/secret-box): a copy of the database alone
 * does not give away the mailbox, and the page never shows it back.
 */
export const mailboxes = pgTable("mailboxes", {
  id: uuid("id").primaryKey().defaultRandom(),
  host: text("host").notNull(),
  port: integer("port").notNull(),
  tls: boolean("tls").notNull().default(true),
  tlsVerify: boolean("tls_verify").notNull().default(true),
  username: text("username").notNull(),
  sealedPassword: text("sealed_password").notNull(),
  folder: text("folder").notNull().default("INBOX"),
  // seen, delete or move:<folder>, as MAILIN_AFTER_IMPORT.
  afterImport: text("after_import").notNull().default("seen"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
