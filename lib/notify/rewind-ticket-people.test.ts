import { describe, expect, it } from "vitest";
import { rewindTicketPeople } from "./rewind-ticket-people";

describe("the ticket's people as they were right after an event", () => {
  const now = { status: "resolved" as const, assigneeId: "s2", watcherIds: ["w1", "w3"] };

  it("is the ticket as it is when nothing happened since", () => {
    expect(rewindTicketPeople(now, [])).toEqual(now);
  });

  it("undoes later reassignments, status changes and watcher changes, newest first", () => {
    const later: Parameters<typeof rewindTicketPeople>[1] = [
      { action: "assigned", changes: { assigneeId: { from: null, to: "s1" } } },
      { action: "watcher_added", data: { userId: "w3" } },
      { action: "watcher_removed", data: { userId: "w2" } },
      { action: "escalated", changes: { assigneeId: { from: "s1", to: "s2" }, escalationLevel: { from: 0, to: 1 } } },
      { action: "resolved", changes: { status: { from: "in_progress", to: "resolved" } } },
    ];
    expect(rewindTicketPeople(now, later)).toEqual({ status: "in_progress", assigneeId: null, watcherIds: ["w1", "w2"] });
  });

  it("leaves what later events did not touch", () => {
    expect(rewindTicketPeople(now, [{ action: "remarked", data: { body: "ok" } }])).toEqual(now);
  });
});
