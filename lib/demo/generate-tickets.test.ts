import { describe, expect, it } from "vitest";
import { categories } from "./content/categories";
import { people } from "./content/people";
import { tickets } from "./content/tickets";
import { planTickets } from "./generate-tickets";

const now = new Date("2026-11-27T10:00:00Z");
const plan = () =>
  planTickets({
    templates: tickets,
    requesters: people.filter((p) => p.roles.includes("requester")),
    categoryDefaults: new Map(categories.map((c) => [c.key, { priority: c.defaultPriority, assignee: c.defaultAssignee }])),
    count: 300,
    days: 180,
    now,
  });

describe("the demo's ticket plan", () => {
  it("is the same every time", () => {
    expect(plan()).toEqual(plan());
  });

  it("covers every state, and each state has what it implies", () => {
    const plans = plan();
    expect(new Set(plans.map((p) => p.status))).toEqual(new Set(["new", "in_progress", "waiting", "resolved", "closed", "cancelled"]));
    for (const p of plans) {
      expect(p.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());
      if (p.status === "resolved" || p.status === "closed") expect(p.resolvedAt).not.toBeNull();
      if (p.status === "closed") expect(p.closedAt!.getTime()).toBeGreaterThanOrEqual(p.resolvedAt!.getTime());
      if (p.status === "in_progress" || p.status === "waiting") expect(p.assignee).not.toBeNull();
      expect(p.requester.language).toBe(p.template.lang);
    }
  });
});
