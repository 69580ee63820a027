import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import type { TicketStatus } from "./ticket-status";
import { allowedActions, checkTransition, type TicketAction, type TicketFacts } from "./transitions";

// The people around one ticket, as PRODUCT.md and the lifecycle issue describe them.
const people: Record<string, { id: string; roles: Role[] }> = {
  requester: { id: "u-requester", roles: ["requester"] },
  managerWhoFiled: { id: "u-manager", roles: ["requester", "manager"] },
  watcher: { id: "u-watcher", roles: ["requester"] },
  stranger: { id: "u-stranger", roles: ["requester"] },
  otherManager: { id: "u-other-manager", roles: ["requester", "manager"] },
  assignee: { id: "u-assignee", roles: ["specialist"] },
  otherSpecialist: { id: "u-specialist2", roles: ["specialist"] },
  dispatcher: { id: "u-dispatcher", roles: ["dispatcher", "specialist"] },
  analyst: { id: "u-analyst", roles: ["analyst"] },
  admin: { id: "u-admin", roles: ["admin"] },
};
type Who = keyof typeof people;

const ticket = (status: TicketStatus): TicketFacts => ({
  status,
  requesterId: people.requester.id,
  createdById: people.managerWhoFiled.id,
  assigneeId: people.assignee.id,
  watcherIds: [people.watcher.id],
  requesterManagerId: people.managerWhoFiled.id,
});

const statuses: TicketStatus[] = ["new", "in_progress", "waiting", "resolved", "closed", "cancelled"];
const open: TicketStatus[] = ["new", "in_progress", "waiting"];
const staff: Who[] = ["assignee", "otherSpecialist", "dispatcher", "admin"];

// Expected: who may take each action, from which states — written from the issue, not from the code.
const expected: Record<TicketAction, { who: Who[]; from: TicketStatus[] }> = {
  view: { who: ["requester", "managerWhoFiled", "watcher", ...staff], from: statuses },
  assign: { who: ["dispatcher", "admin"], from: open },
  start: { who: ["assignee"], from: ["new"] },
  remark: { who: ["requester", "managerWhoFiled", "watcher", ...staff], from: [...open, "resolved"] },
  internalNote: { who: staff, from: statuses },
  wait: { who: ["assignee"], from: ["new", "in_progress"] },
  resolve: { who: ["assignee", "dispatcher", "admin"], from: open },
  confirm: { who: ["requester", "managerWhoFiled"], from: ["resolved"] },
  reject: { who: ["requester", "managerWhoFiled"], from: ["resolved"] },
  escalate: { who: ["assignee", "dispatcher", "admin"], from: open },
  setPriority: { who: ["dispatcher", "admin"], from: [...open, "resolved"] },
  cancel: { who: ["requester", "managerWhoFiled"], from: open },
  watch: { who: ["requester", "managerWhoFiled", ...staff], from: statuses },
  logTime: { who: staff, from: statuses },
  linkArticle: { who: staff, from: statuses },
};

describe("the ticket state machine", () => {
  for (const [action, rule] of Object.entries(expected) as [TicketAction, (typeof expected)[TicketAction]][]) {
    describe(action, () => {
      for (const who of Object.keys(people) as Who[]) {
        for (const status of statuses) {
          const allowed = rule.who.includes(who) && rule.from.includes(status);
          it(`${allowed ? "allows" : "denies"} ${who} on a ${status} ticket`, () => {
            const result = checkTransition(ticket(status), people[who], action);
            expect(result.ok).toBe(allowed);
          });
        }
      }
    });
  }

  it("tells someone who cannot see the ticket that it does not exist, not that it is forbidden", () => {
    const result = checkTransition(ticket("new"), people.stranger, "confirm");
    expect(result).toMatchObject({ ok: false, reason: "not_visible" });
    expect(checkTransition(ticket("new"), people.otherManager, "view").ok).toBe(false);
  });

  it("explains a wrong state and a wrong person differently", () => {
    expect(checkTransition(ticket("closed"), people.requester, "cancel")).toMatchObject({
      ok: false,
      reason: "wrong_state",
      message: expect.stringContaining("closed"),
    });
    expect(checkTransition(ticket("resolved"), people.assignee, "confirm")).toMatchObject({
      ok: false,
      reason: "forbidden",
      message: expect.stringContaining("requester"),
    });
  });

  it("lets a department head see their department's tickets without filing them", () => {
    const facts = { ...ticket("in_progress"), createdById: people.requester.id };
    expect(checkTransition(facts, people.managerWhoFiled, "view").ok).toBe(true);
    expect(checkTransition(facts, people.managerWhoFiled, "confirm").ok).toBe(false);
  });

  it("offers a resolved ticket's requester exactly confirm, reject, a remark and watchers", () => {
    expect(allowedActions(ticket("resolved"), people.requester).sort()).toEqual(["confirm", "reject", "remark", "view", "watch"]);
  });
});
