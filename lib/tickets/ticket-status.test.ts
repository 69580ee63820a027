import { describe, expect, it } from "vitest";
import { clockRunningStatuses, finalStatuses, notFinalStatuses, openStatuses, solvedStatuses, ticketStatuses } from "./ticket-status";

describe("the status sets", () => {
  it("are the schema's statuses, in its order", () => {
    expect(ticketStatuses).toEqual(["new", "in_progress", "waiting", "resolved", "closed", "cancelled"]);
    expect(notFinalStatuses).toEqual(["new", "in_progress", "waiting", "resolved"]);
    expect(openStatuses).toEqual(["new", "in_progress", "waiting"]);
    expect(clockRunningStatuses).toEqual(["new", "in_progress"]);
    expect(finalStatuses).toEqual(["closed", "cancelled"]);
    expect(solvedStatuses).toEqual(["resolved", "closed"]);
  });
});
