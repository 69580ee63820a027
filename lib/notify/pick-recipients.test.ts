import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { type Person, pickRecipients, type RecipientFacts } from "./pick-recipients";

const person = (id: string, roles: Role[], active = true): Person => ({ id, roles, active });
const everyone = [
  person("requester", ["requester"]),
  person("manager", ["requester", "manager"]),
  person("specialist", ["specialist"]),
  person("specialist2", ["specialist"]),
  person("dispatcher", ["dispatcher", "specialist"]),
  person("dispatcher2", ["dispatcher"]),
  person("watcher", ["requester"]),
  person("staffWatcher", ["specialist"]),
  person("gone", ["requester"], false),
];

function facts(event: RecipientFacts["event"], overrides: Partial<Omit<RecipientFacts, "event">> = {}): RecipientFacts {
  return {
    event,
    ticket: { requesterId: "requester", createdById: "requester", assigneeId: "specialist" },
    watcherIds: ["watcher", "staffWatcher"],
    dispatcherIds: ["dispatcher", "dispatcher2"],
    people: new Map(everyone.map((p) => [p.id, p])),
    ...overrides,
  };
}

const ids = (f: RecipientFacts) => pickRecipients(f).map((r) => r.userId);

describe("who is told of a ticket event", () => {
  it("tells the requester, the assignee and the watchers, never the actor", () => {
    expect(ids(facts({ action: "remarked", actorId: "specialist" }))).toEqual(["requester", "watcher", "staffWatcher"]);
    expect(ids(facts({ action: "remarked", actorId: "requester" }))).toEqual(["specialist", "watcher", "staffWatcher"]);
  });

  it("tells the one who filed on someone's behalf, under their own reason", () => {
    const f = facts(
      { action: "resolved", actorId: "specialist" },
      { ticket: { requesterId: "requester", createdById: "manager", assigneeId: "specialist" } },
    );
    expect(pickRecipients(f).slice(0, 2)).toEqual([
      { userId: "requester", reason: "requester" },
      { userId: "manager", reason: "filer" },
    ]);
  });

  it("tells internal events to IT staff only", () => {
    const note = { action: "internal_note" as const, actorId: "dispatcher", data: { internal: true, body: "password is on the sticker" } };
    expect(ids(facts(note))).toEqual(["specialist", "staffWatcher"]);
    expect(ids(facts({ action: "time_logged", actorId: "specialist", data: { internal: true, minutes: 30 } }))).toEqual(["staffWatcher"]);
  });

  it("tells every dispatcher of a new ticket nobody was given", () => {
    const unassigned = facts(
      { action: "created", actorId: "requester", data: {} },
      { ticket: { requesterId: "requester", createdById: "requester", assigneeId: null }, watcherIds: [] },
    );
    expect(pickRecipients(unassigned)).toEqual([
      { userId: "dispatcher", reason: "dispatcher" },
      { userId: "dispatcher2", reason: "dispatcher" },
    ]);
    const routed = facts({ action: "created", actorId: "requester", data: { assigneeId: "specialist" } }, { watcherIds: [] });
    expect(ids(routed)).toEqual(["specialist"]);
  });

  it("tells the requester of a ticket filed for them, not the dispatcher who filed it", () => {
    const f = facts(
      { action: "created", actorId: "dispatcher", data: { onBehalfOf: "requester" } },
      { ticket: { requesterId: "requester", createdById: "dispatcher", assigneeId: null }, watcherIds: [] },
    );
    expect(ids(f)).toEqual(["requester", "dispatcher2"]);
  });

  it("tells the assignee and the dispatchers of SLA warnings and breaches, and nobody else", () => {
    for (const action of ["sla_warning", "sla_breached"] as const) {
      expect(pickRecipients(facts({ action, actorId: null }))).toEqual([
        { userId: "specialist", reason: "assignee" },
        { userId: "dispatcher", reason: "dispatcher" },
        { userId: "dispatcher2", reason: "dispatcher" },
      ]);
    }
  });

  it("tells the new and the previous assignee of an escalation", () => {
    const f = facts(
      {
        action: "escalated",
        actorId: "dispatcher",
        changes: { assigneeId: { from: "specialist", to: "specialist2" } },
        data: { previousAssigneeId: "specialist", reason: "needs a network engineer" },
      },
      { ticket: { requesterId: "requester", createdById: "requester", assigneeId: "specialist2" } },
    );
    expect(pickRecipients(f)).toEqual([
      { userId: "requester", reason: "requester" },
      { userId: "specialist2", reason: "assignee" },
      { userId: "specialist", reason: "previousAssignee" },
      { userId: "watcher", reason: "watcher" },
      { userId: "staffWatcher", reason: "watcher" },
    ]);
  });

  it("tells the new assignee of an assignment even if the ticket moved on since", () => {
    const f = facts(
      { action: "assigned", actorId: "dispatcher", changes: { assigneeId: { from: null, to: "specialist2" } } },
      { ticket: { requesterId: "requester", createdById: "requester", assigneeId: "specialist" }, watcherIds: [] },
    );
    expect(ids(f)).toEqual(["requester", "specialist2", "specialist"]);
  });

  it("tells a watcher they were added or removed", () => {
    expect(ids(facts({ action: "watcher_removed", actorId: "requester", data: { userId: "manager" } }, { watcherIds: [] }))).toEqual([
      "specialist",
      "manager",
    ]);
  });

  it("skips inactive people, and the actor even when they hold several parts", () => {
    const f = facts(
      { action: "resolved", actorId: "dispatcher" },
      { ticket: { requesterId: "gone", createdById: "dispatcher", assigneeId: "dispatcher" }, watcherIds: ["gone", "watcher"] },
    );
    expect(ids(f)).toEqual(["watcher"]);
  });

  it("skips people it knows nothing about", () => {
    expect(ids(facts({ action: "remarked", actorId: "requester" }, { watcherIds: ["unknown"] }))).toEqual(["specialist"]);
  });
});
