import type { TicketEventName } from "@/lib/tickets/ticket-events";
import type { TicketStatus } from "@/lib/tickets/ticket-status";
import type { EventFacts } from "./build-event-facts";
import { en } from "./mail-texts-en";
import { ru } from "./mail-texts-ru";
import type { RecipientReason } from "./pick-recipients";

/** Helpers a template may use: the ticket as "HD-1042 «subject»", dates and priorities in its language. */
export type TemplateTools = { ref: string; date: (d: Date) => string; priority: (p: string | undefined) => string };

export type Headline = (f: EventFacts, x: TemplateTools) => string;

/**
 * The texts of ticket mail in one language: every event name has a subject and a headline (some say no more
 * than "updated"); a name from an older version, still in the audit table, falls back to the "other" texts.
 */
export type MailTexts = {
  quote: (subject: string) => string;
  status: Record<TicketStatus, string>;
  priority: Record<string, string>;
  /** What happened, after "[HD-1042] subject — " in the subject line. */
  subject: Record<TicketEventName, string>;
  subjectOther: string;
  /** The first line of the body. */
  headline: Record<TicketEventName, Headline>;
  headlineOther: Headline;
  labels: {
    by: string;
    requester: string;
    description: string;
    remark: string;
    note: string;
    question: string;
    solution: string;
    rating: string;
    comment: string;
    complaint: string;
    reason: string;
    status: string;
    link: string;
  };
  ratingValue: (n: number) => string;
  /** What the reader is expected to do, for the requester's side. */
  hints: { answer: string; confirm: string };
  why: Record<RecipientReason, string>;
};

export const mailTexts: Record<"ru" | "en", MailTexts> = { ru, en };
