import type { ProblemEventName } from "@/lib/problems/problem-events";
import type { ProblemRecipientReason } from "./pick-problem-recipients";
import { problemMailTexts } from "./problem-mail-texts";
import type { RenderedMail } from "./render-ticket-mail";

export type ProblemMailFacts = {
  number: string;
  title: string;
  action: ProblemEventName;
  actorName: string | null;
  workaround?: string | null;
  solution?: string | null;
  rootCause?: string | null;
  ticketNumber?: string | null;
  minutes?: number | null;
  resolvedTickets?: string[];
};

// Header values must be one line, whatever a title was typed with.
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, " ").trim();

/** One mail about a problem event for one reader, in their language: "[PRB-12] "title" — what happened", and the facts. */
export function renderProblemMail(input: {
  facts: ProblemMailFacts;
  reader: { language: "ru" | "en"; reason: ProblemRecipientReason };
  appUrl: string;
}): RenderedMail {
  const { facts, reader } = input;
  const t = problemMailTexts[reader.language];
  const subject = `[${facts.number}] ${t.quote(oneLine(facts.title))} — ${t.subject[facts.action]}`;
  const lines: string[] = [subject];
  if (facts.actorName) lines.push(`${t.labels.by}: ${facts.actorName}`);
  if (facts.ticketNumber) lines.push(`${t.labels.ticket}: ${facts.ticketNumber}`);
  if (facts.minutes) lines.push(`${t.labels.minutes}: ${facts.minutes}`);
  if (facts.action === "known_error" && facts.rootCause?.trim()) lines.push("", `${t.labels.rootCause}:\n${facts.rootCause.trim()}`);
  if (facts.action === "known_error" && facts.workaround?.trim()) lines.push("", `${t.labels.workaround}:\n${facts.workaround.trim()}`);
  if (facts.action === "resolved" && facts.solution?.trim()) lines.push("", `${t.labels.solution}:\n${facts.solution.trim()}`);
  if (facts.resolvedTickets?.length) lines.push("", `${t.labels.resolvedTickets}: ${facts.resolvedTickets.join(", ")}`);
  lines.push("", `${t.labels.link}: ${input.appUrl.replace(/\/$/, "")}/problems/${facts.number}`);
  lines.push("", "-- ", t.why[reader.reason]);
  return { subject, text: `${lines.join("\n")}\n`, headers: { "Auto-Submitted": "auto-generated" } };
}
