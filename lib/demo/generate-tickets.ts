import { initialPriority, type Priority, slaHours } from "@/lib/routing/priority";
import type { PersonSeed, TicketSeed } from "./content/types";

type Status = "new" | "in_progress" | "waiting" | "resolved" | "closed" | "cancelled";

export type PlannedRemark = { by: "requester" | "assignee"; body: string; internal: boolean; at: Date };

export type PlannedTicket = {
  template: TicketSeed;
  requester: PersonSeed;
  assignee: "specialist" | "specialist2" | "dispatcher" | null;
  status: Status;
  priority: Priority;
  createdAt: Date;
  respondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  closedBy: "requester" | "auto" | null;
  rating: number | null;
  reopenCount: number;
  remarks: PlannedRemark[];
  responseDueAt: Date;
  resolutionDueAt: Date;
  breached: boolean;
};

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** A small deterministic PRNG, so the same seed gives the same demo every time. */
export function randomFrom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] };
}

/** The state a ticket of this age is likely to be in: old ones are mostly closed, fresh ones still open. */
function statusFor(ageDays: number, roll: number): Status {
  if (ageDays > 14) return roll < 0.8 ? "closed" : roll < 0.9 ? "resolved" : roll < 0.95 ? "cancelled" : "in_progress";
  if (ageDays > 7)
    return roll < 0.45 ? "closed" : roll < 0.65 ? "resolved" : roll < 0.85 ? "in_progress" : roll < 0.93 ? "waiting" : "cancelled";
  return roll < 0.25
    ? "new"
    : roll < 0.5
      ? "in_progress"
      : roll < 0.62
        ? "waiting"
        : roll < 0.82
          ? "resolved"
          : roll < 0.95
            ? "closed"
            : "cancelled";
}

/**
 * Plans `count` tickets over the past `days` days from the templates: who asked, who works it, what state
 * it reached and when, with the template's remarks spread over its life. Pure: the seed writes the plan.
 */
export function planTickets(input: {
  templates: TicketSeed[];
  requesters: PersonSeed[];
  categoryDefaults: Map<string, { priority: Priority; assignee?: "specialist" | "specialist2" }>;
  count: number;
  days: number;
  now: Date;
  seed?: number;
}): PlannedTicket[] {
  const random = randomFrom(input.seed ?? 20261127);
  const plans: PlannedTicket[] = [];
  for (let i = 0; i < input.count; i++) {
    const template = input.templates[i % input.templates.length];
    const speakers = input.requesters.filter((p) => p.language === template.lang);
    const requester = random.pick(speakers.length ? speakers : input.requesters);
    // More tickets recently than long ago: the square skews ages towards today.
    const ageDays = Math.pow(random.next(), 1.6) * input.days;
    const createdAt = new Date(input.now.getTime() - ageDays * DAY - random.next() * 8 * HOUR);
    const status = statusFor(ageDays, random.next());
    const defaults = input.categoryDefaults.get(template.categoryKey);
    const priority = initialPriority({
      type: template.type,
      urgency: template.urgency,
      vip: requester.vip,
      categoryDefault: defaults?.priority,
    });
    const assignee =
      status === "new" && random.next() < 0.7
        ? null
        : (defaults?.assignee ?? random.pick(["specialist", "specialist2", "dispatcher"] as const));
    const sla = slaHours[priority];
    const responseDueAt = new Date(createdAt.getTime() + sla.response * HOUR);
    const resolutionDueAt = new Date(createdAt.getTime() + sla.resolution * HOUR);

    const workHours = (0.3 + random.next() * 1.4) * sla.resolution;
    const solved = status === "resolved" || status === "closed";
    const lastMoment = Math.min(input.now.getTime() - HOUR, createdAt.getTime() + workHours * HOUR);
    const resolvedAt = solved ? new Date(lastMoment) : null;
    const closedByRequester = status === "closed" && random.next() < 0.85;
    const closedAt =
      status === "closed" && resolvedAt
        ? new Date(Math.min(input.now.getTime(), resolvedAt.getTime() + (closedByRequester ? random.next() * 2 : 7) * DAY))
        : null;
    const respondedAt = assignee ? new Date(createdAt.getTime() + random.next() * sla.response * 1.3 * HOUR) : null;

    const remarks: PlannedRemark[] = [];
    const span = Math.max(HOUR, lastMoment - createdAt.getTime());
    const visible = status === "new" ? [] : template.publicRemarks;
    visible.forEach((remark, n) =>
      remarks.push({
        by: remark.from === "requester" ? "requester" : "assignee",
        body: remark.body,
        internal: false,
        at: new Date(createdAt.getTime() + ((n + 1) / (visible.length + 2)) * span),
      }),
    );
    if (assignee) {
      (template.internalNotes ?? []).forEach((note, n) =>
        remarks.push({
          by: "assignee",
          body: note,
          internal: true,
          at: new Date(createdAt.getTime() + ((n + 0.5) / (visible.length + 2)) * span),
        }),
      );
    }
    const reopened = solved && template.rejectComplaint !== undefined && random.next() < 0.6;
    if (reopened)
      remarks.push({ by: "requester", body: template.rejectComplaint!, internal: false, at: new Date(lastMoment - span * 0.2) });
    remarks.sort((a, b) => a.at.getTime() - b.at.getTime());

    const finishedAt = resolvedAt ?? (status === "cancelled" ? null : input.now);
    plans.push({
      template,
      requester,
      assignee,
      status,
      priority,
      createdAt,
      respondedAt,
      resolvedAt,
      closedAt,
      closedBy: status === "closed" ? (closedByRequester ? "requester" : "auto") : status === "cancelled" ? "requester" : null,
      rating: closedByRequester ? random.pick([5, 5, 5, 4, 4, 4, 3, 5, 2]) : null,
      reopenCount: reopened ? 1 : 0,
      remarks,
      responseDueAt,
      resolutionDueAt,
      breached: finishedAt !== null && finishedAt.getTime() > resolutionDueAt.getTime(),
    });
  }
  return plans.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
