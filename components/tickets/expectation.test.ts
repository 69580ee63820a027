import { describe, expect, it } from "vitest";
import type { TicketAction } from "@/lib/tickets/transitions";
import { expectationOf } from "./expectation";

const requester = { id: "r", name: "Смирнова О. Н.", email: "r@x" };
const manager = { id: "m", name: "Волкова И. С.", email: "m@x" };
const specialist = { id: "s", name: "Орлов А. В.", email: "s@x" };

function ticket(
  status: string,
  patch: {
    assignee?: typeof specialist | null;
    createdBy?: typeof requester;
    actions?: TicketAction[];
    closedBy?: string;
    reopenCount?: number;
  } = {},
) {
  return {
    status: status as "new",
    assignee: patch.assignee === undefined ? specialist : patch.assignee,
    requester,
    createdBy: patch.createdBy ?? requester,
    actions: patch.actions ?? [],
    closedBy: patch.closedBy ?? null,
    reopenCount: patch.reopenCount ?? 0,
  };
}

describe("expectationOf: who is expected to do what, from the viewer's seat", () => {
  it("an unassigned ticket asks the dispatcher to assign it, and tells others it waits for that", () => {
    expect(expectationOf(ticket("new", { assignee: null, actions: ["assign"] }), { id: "d" })).toMatchObject({
      key: "needsAssignee",
      tone: "you",
    });
    expect(expectationOf(ticket("new", { assignee: null }), requester)).toMatchObject({ key: "awaitingAssignee", tone: "others" });
  });

  it("names the assignee to everyone else, and speaks to the assignee directly", () => {
    expect(expectationOf(ticket("in_progress"), requester)).toEqual({ key: "inProgress", values: { name: "Орлов А. В." }, tone: "others" });
    expect(expectationOf(ticket("in_progress"), specialist)).toMatchObject({ key: "inProgressMine", tone: "you" });
    expect(expectationOf(ticket("in_progress", { reopenCount: 1 }), specialist)).toMatchObject({ key: "reopenedMine", tone: "you" });
    expect(expectationOf(ticket("new"), specialist)).toMatchObject({ key: "newMine", tone: "you" });
  });

  it("a waiting ticket waits for the requester — or for the head who filed it for them", () => {
    expect(expectationOf(ticket("waiting"), requester)).toMatchObject({ key: "waitingYou", tone: "you", values: { name: "Орлов А. В." } });
    expect(expectationOf(ticket("waiting", { createdBy: manager }), manager)).toMatchObject({ key: "waitingYou", tone: "you" });
    expect(expectationOf(ticket("waiting"), specialist)).toMatchObject({
      key: "waiting",
      tone: "others",
      values: { name: "Смирнова О. Н." },
    });
  });

  it("a resolved ticket asks whoever may confirm it; a watcher only hears that it waits", () => {
    expect(expectationOf(ticket("resolved", { actions: ["confirm", "reject"] }), requester)).toMatchObject({
      key: "resolvedYou",
      tone: "you",
    });
    expect(expectationOf(ticket("resolved"), { id: "watcher" })).toMatchObject({ key: "resolved", tone: "others" });
  });

  it("finished tickets say how they ended", () => {
    expect(expectationOf(ticket("closed", { closedBy: "auto" }), requester)).toMatchObject({ key: "closedAuto", tone: "done" });
    expect(expectationOf(ticket("closed", { closedBy: "requester" }), requester)).toMatchObject({ key: "closed", tone: "done" });
    expect(expectationOf(ticket("cancelled"), specialist)).toMatchObject({ key: "cancelled", tone: "done" });
  });
});
