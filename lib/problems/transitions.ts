import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import {
  activeProblemStatuses as active,
  problemStatuses as all,
  notClosedProblemStatuses as notClosed,
  type ProblemStatus,
} from "./problem-status";

/** What the state machine needs to know about a problem. */
export type ProblemFacts = { status: ProblemStatus; ownerId: string };

/** The person acting. */
export type ProblemActor = { id: string; roles: readonly Role[] };

export type ProblemAction = "view" | "update" | "link" | "unlink" | "knownError" | "resolve" | "close" | "logTime" | "watch";

type Relation = { reader: boolean; staff: boolean; owner: boolean; dispatcher: boolean };

export function problemRelationOf(problem: ProblemFacts, actor: ProblemActor): Relation {
  return {
    reader: can(actor.roles, "problems.read"),
    staff: can(actor.roles, "problems.work"),
    owner: problem.ownerId === actor.id,
    dispatcher: can(actor.roles, "problems.dispatch"),
  };
}

type Rule = { from: readonly ProblemStatus[]; who: (r: Relation) => boolean; whoText: string };

// The owner must still be IT staff to act as owner: a former specialist who became an analyst only reads.
const ownerOrDispatcher = (r: Relation) => (r.owner && r.staff) || r.dispatcher;

/**
 * The one state machine of problems: for each action, the states it may start from and who may take it
 * (API.md, "Problems"). open → known_error → resolved → closed; a workaround may be restated while it is a known
 * error; closing waits for the linked tickets as well (close-problem.ts), which the state alone cannot tell.
 */
export const problemRules: Record<ProblemAction, Rule> = {
  view: { from: all, who: (r) => r.reader, whoText: "IT staff and analysts" },
  update: { from: notClosed, who: ownerOrDispatcher, whoText: "the problem's owner or the dispatcher" },
  link: { from: active, who: (r) => r.staff, whoText: "IT staff" },
  unlink: { from: active, who: (r) => r.staff, whoText: "IT staff" },
  knownError: { from: active, who: ownerOrDispatcher, whoText: "the problem's owner or the dispatcher" },
  resolve: { from: active, who: ownerOrDispatcher, whoText: "the problem's owner or the dispatcher" },
  close: { from: ["resolved"], who: ownerOrDispatcher, whoText: "the problem's owner or the dispatcher" },
  logTime: { from: all, who: (r) => r.staff, whoText: "IT staff" },
  watch: { from: all, who: (r) => r.staff, whoText: "IT staff" },
};

export type ProblemCheck = { ok: true } | { ok: false; reason: "not_visible" | "forbidden" | "wrong_state"; message: string };

const statusText: Record<ProblemStatus, string> = { open: "open", known_error: "a known error", resolved: "resolved", closed: "closed" };

/** May `actor` take `action` on this problem now? Someone who may not read problems is told it does not exist. */
export function checkProblemTransition(problem: ProblemFacts, actor: ProblemActor, action: ProblemAction): ProblemCheck {
  const relation = problemRelationOf(problem, actor);
  if (!problemRules.view.who(relation)) return { ok: false, reason: "not_visible", message: "Problem not found" };
  const rule = problemRules[action];
  if (!rule.who(relation)) return { ok: false, reason: "forbidden", message: `Only ${rule.whoText} can do this` };
  if (!rule.from.includes(problem.status))
    return { ok: false, reason: "wrong_state", message: `Not possible while the problem is ${statusText[problem.status]}` };
  return { ok: true };
}

/** Every action this actor may take on the problem now: the problem page shows exactly these. */
export function allowedProblemActions(problem: ProblemFacts, actor: ProblemActor): ProblemAction[] {
  return (Object.keys(problemRules) as ProblemAction[]).filter((action) => checkProblemTransition(problem, actor, action).ok);
}
