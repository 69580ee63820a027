import type { TicketStatus } from "@/lib/tickets/transitions";
import type { EventFacts } from "./build-event-facts";
import { en } from "./mail-texts-en";
import type { RecipientReason } from "./pick-recipients";
import { ru } from "./mail-texts-ru";

/** Helpers a template may use: the ticket as "HD-1042 «subject»", dates and priorities in its language. */
export type TemplateTools = { ref: string; date: (d: Date) => string; priority: (p: string | undefined) => string };

/** The texts of ticket mail in one language. Every action has a subject and a headline; others fall back. */
export type MailTexts = {
  quote: (subject: string) => string;
  status: Record<TicketStatus, string>;
  priority: Record<string, string>;
  /** What happened, after "[HD-1042] subject — " in the subject line. */
  subject: Record<string, string>;
  subjectOther: string;
  /** The first line of the body. */
  headline: Record<string, (f: EventFacts, x: TemplateTools) => string>;
  headlineOther: (f: EventFacts, x: TemplateTools) => string;
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
