/**
 * Every name a ticket's audit event may carry. Adding one makes the compiler list the places that must say
 * something about it: the timeline line (components/tickets/timeline-event.tsx) and the mail texts of each
 * language (lib/notify/mail-texts-*.ts); the recipient rules (lib/notify/pick-recipients.ts) read the same names.
 */
export const ticketEventNames = [
  "created",
  "assigned",
  "started",
  "remarked",
  "internal_note",
  "waiting",
  "answered",
  "resolved",
  "confirmed",
  "rejected",
  "escalated",
  "priority_changed",
  "cancelled",
  "watcher_added",
  "watcher_removed",
  "time_logged",
  "attachment_added",
  "article_captured",
  "article_linked",
  "auto_closed",
  "sla_warning",
  "sla_breached",
] as const;
export type TicketEventName = (typeof ticketEventNames)[number];

/**
 * An event name read back from the audit table, where only recordTicketEvent writes ticket events. Typed, so
 * every reader's switch is checked; a name from an older version still falls through to its "other" text.
 */
export const asTicketEventName = (action: string) => action as TicketEventName;
