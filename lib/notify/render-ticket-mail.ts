import type { EventFacts } from "./build-event-facts";
import { type MailTexts, mailTexts, type TemplateTools } from "./mail-texts";
import type { RecipientReason } from "./pick-recipients";
import { ticketThreadHeaders } from "./ticket-thread-headers";

export type MailTicket = { id: string; number: number; subject: string; description: string };
export type MailReader = { userId: string; language: "ru" | "en"; staff: boolean; reason: RecipientReason };
export type RenderedMail = { subject: string; text: string; headers: Record<string, string> };

type Label = keyof MailTexts["labels"];
type Section = [Label, string | undefined];

// Short facts stay on their label's line; free text (a remark, a solution) starts on the next one.
const inline = new Set<Label>(["requester", "rating"]);

/** The text each event carries, under its label. Which of it a reader may see is decided below. */
function sectionsFor(f: EventFacts, ticket: MailTicket, t: MailTexts): Section[] {
  switch (f.action) {
    case "created":
      return [
        ["requester", f.personName],
        ["description", ticket.description],
      ];
    case "remarked":
      return [["remark", f.body]];
    case "internal_note":
      return [["note", f.body]];
    case "waiting":
      return [["question", f.reason]];
    case "resolved":
      return [["solution", f.solution]];
    case "confirmed":
      return [
        ["rating", f.rating ? t.ratingValue(f.rating) : undefined],
        ["comment", f.comment],
      ];
    case "rejected":
      return [["complaint", f.complaint]];
    case "escalated":
    case "priority_changed":
    case "cancelled":
      return [["reason", f.reason]];
    case "time_logged":
      return [["note", f.note]];
    default:
      return [];
  }
}

/** What the requester's side is expected to do next, if anything. */
function hintFor(f: EventFacts, reader: MailReader, t: MailTexts): string | null {
  const requesterSide = reader.reason === "requester" || reader.reason === "filer";
  if (!requesterSide) return null;
  if (f.action === "waiting") return t.hints.answer;
  if (f.action === "resolved") return t.hints.confirm;
  return null;
}

// Header values must be one line, whatever a subject was typed with.
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ").trim();

/**
 * One ticket mail for one reader, in their language: "[HD-1042] subject — what happened", who did it, the
 * event's public text, the status and a link; threading headers so the ticket stays one thread. Internal
 * text (notes, time) is rendered for IT staff only — a second wall behind the recipient rules.
 */
export function renderTicketMail(input: {
  ticket: MailTicket;
  facts: EventFacts;
  reader: MailReader;
  appUrl: string;
  timeZone: string;
}): RenderedMail {
  const { ticket, facts, reader } = input;
  const t = mailTexts[reader.language];
  const number = `HD-${ticket.number}`;
  const subject = oneLine(ticket.subject);
  const dateFormat = new Intl.DateTimeFormat(reader.language === "ru" ? "ru-RU" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: input.timeZone,
  });
  const tools: TemplateTools = {
    ref: `${number} ${t.quote(subject)}`,
    date: (d) => dateFormat.format(d),
    priority: (p) => (p ? (t.priority[p] ?? p) : "—"),
  };

  const lines: string[] = [(t.headline[facts.action] ?? t.headlineOther)(facts, tools)];
  if (facts.actorName) lines.push(`${t.labels.by}: ${facts.actorName}`);
  const visible = facts.internal && !reader.staff ? [] : sectionsFor(facts, ticket, t);
  for (const [label, value] of visible) {
    if (!value) continue;
    lines.push("", inline.has(label) ? `${t.labels[label]}: ${value}` : `${t.labels[label]}:\n${value.trim()}`);
  }
  lines.push(
    "",
    `${t.labels.status}: ${t.status[facts.status] ?? facts.status}`,
    `${t.labels.link}: ${input.appUrl.replace(/\/$/, "")}/tickets/${number}`,
  );
  const hint = hintFor(facts, reader, t);
  if (hint) lines.push("", hint);
  // "-- " is the signature separator mail clients recognise and dim.
  lines.push("", "-- ", t.why[reader.reason]);

  return {
    subject: `[${number}] ${subject} — ${t.subject[facts.action] ?? t.subjectOther}`,
    text: `${lines.join("\n")}\n`,
    headers: {
      ...ticketThreadHeaders(ticket.id, { root: facts.action === "created", eventId: facts.eventId, userId: reader.userId }),
      // RFC 3834: tells auto-responders (out-of-office) not to answer the desk.
      "Auto-Submitted": "auto-generated",
    },
  };
}
