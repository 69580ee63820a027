import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import {
  ticketStatuses as all,
  clockRunningStatuses,
  notFinalStatuses as notFinal,
  openStatuses as open,
  type TicketStatus,
} from "./ticket-status";

/** What the state machine needs to know about a ticket. */
export type TicketFacts = {
  status: TicketStatus;
  requesterId: string;
  createdById: string;
  assigneeId: string | null;
  watcherIds: readonly string[];
  /** The head of the requester's department, if any. */
  requesterManagerId: string | null;
};

/** What it needs to know about the person acting. */
export type Actor = { id: string; roles: readonly Role[] };

export type TicketAction =
  | "view"
  | "assign"
  | "start"
  | "remark"
  | "internalNote"
  | "wait"
  | "resolve"
  | "confirm"
  | "reject"
  | "escalate"
  | "setPriority"
  | "cancel"
  | "watch"
  | "logTime"
  | "linkArticle";

type Relation = {
  staff: boolean;
  dispatcher: boolean;
  assignee: boolean;
  requester: boolean;
  /** The requester, or a department head who filed it on their behalf: who may confirm or reject. */
  owner: boolean;
  watcher: boolean;
  departmentHead: boolean;
};

export function relationOf(ticket: TicketFacts, actor: Actor): Relation {
  const requester = ticket.requesterId === actor.id;
  const filedAsManager = ticket.createdById === actor.id && can(actor.roles, "tickets.department");
  return {
    staff: can(actor.roles, "tickets.work"),
    dispatcher: can(actor.roles, "tickets.dispatch"),
    assignee: ticket.assigneeId === actor.id,
    requester,
    owner: requester || filedAsManager,
    watcher: ticket.watcherIds.includes(actor.id),
    departmentHead: ticket.requesterManagerId === actor.id && can(actor.roles, "tickets.department"),
  };
}

type Rule = { from: readonly TicketStatus[]; who: (r: Relation) => boolean; whoText: string };

/**
 * The one state machine: for each action, the states it may start from and who may take it. Every
 * command asks `checkTransition` first; anything else is refused with a reason a person can act on.
 */
export const rules: Record<TicketAction, Rule> = {
  view: {
    from: all,
    who: (r) => r.staff || r.requester || r.owner || r.watcher || r.departmentHead,
    whoText: "people involved in the ticket",
  },
  assign: { from: open, who: (r) => r.dispatcher, whoText: "the dispatcher" },
  start: { from: ["new"], who: (r) => r.assignee, whoText: "the assignee" },
  remark: {
    from: notFinal,
    who: (r) => r.staff || r.requester || r.owner || r.watcher || r.departmentHead,
    whoText: "people involved in the ticket",
  },
  internalNote: { from: all, who: (r) => r.staff, whoText: "IT staff" },
  wait: { from: clockRunningStatuses, who: (r) => r.assignee, whoText: "the assignee" },
  resolve: { from: open, who: (r) => r.assignee || r.dispatcher, whoText: "the assignee or the dispatcher" },
  confirm: { from: ["resolved"], who: (r) => r.owner, whoText: "the requester" },
  reject: { from: ["resolved"], who: (r) => r.owner, whoText: "the requester" },
  escalate: { from: open, who: (r) => r.assignee || r.dispatcher, whoText: "the assignee or the dispatcher" },
  setPriority: { from: notFinal, who: (r) => r.dispatcher, whoText: "the dispatcher" },
  cancel: { from: open, who: (r) => r.owner, whoText: "the requester" },
  watch: { from: all, who: (r) => r.staff || r.requester || r.owner, whoText: "the requester or IT staff" },
  logTime: { from: all, who: (r) => r.staff, whoText: "IT staff" },
  linkArticle: { from: all, who: (r) => r.staff, whoText: "IT staff" },
};

export type TransitionCheck = { ok: true } | { ok: false; reason: "not_visible" | "forbidden" | "wrong_state"; message: string };

/**
 * May `actor` take `action` on this ticket now? A person who cannot even see the ticket is told it does
 * not exist (404), never that it is forbidden.
 */
export function checkTransition(ticket: TicketFacts, actor: Actor, action: TicketAction): TransitionCheck {
  const relation = relationOf(ticket, actor);
  if (!rules.view.who(relation)) return { ok: false, reason: "not_visible", message: "Ticket not found" };
  const rule = rules[action];
  if (!rule.who(relation)) return { ok: false, reason: "forbidden", message: `Only ${rule.whoText} can do this` };
  if (!rule.from.includes(ticket.status)) {
    return { ok: false, reason: "wrong_state", message: `Not possible while the ticket is ${ticket.status.replace("_", " ")}` };
  }
  return { ok: true };
}

/** Every action this actor may take on the ticket now: the ticket page shows exactly these. */
export function allowedActions(ticket: TicketFacts, actor: Actor): TicketAction[] {
  return (Object.keys(rules) as TicketAction[]).filter((action) => checkTransition(ticket, actor, action).ok);
}
