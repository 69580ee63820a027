import { describe, expect, it } from "vitest";
import { initialPriority, type Priority, slaHours, type TicketType, type Urgency } from "./priority";

describe("initialPriority", () => {
  it("weighs an incident above a request of the same urgency", () => {
    expect(initialPriority({ type: "incident", urgency: "low" })).toBe("normal");
    expect(initialPriority({ type: "request", urgency: "low" })).toBe("low");
  });

  it.each<[TicketType, Urgency, Priority]>([
    ["incident", "low", "normal"],
    ["incident", "normal", "normal"],
    ["incident", "high", "high"],
    ["request", "low", "low"],
    ["request", "normal", "normal"],
    ["request", "high", "high"],
  ])("starts a %s of %s urgency at %s", (type, urgency, expected) => {
    expect(initialPriority({ type, urgency })).toBe(expected);
  });

  it("raises a VIP's ticket one step, up to critical", () => {
    expect(initialPriority({ type: "incident", urgency: "high", vip: true })).toBe("critical");
    expect(initialPriority({ type: "request", urgency: "normal", vip: true })).toBe("high");
    expect(initialPriority({ type: "request", urgency: "low", vip: true })).toBe("normal");
  });

  it("never goes past critical", () => {
    expect(initialPriority({ type: "incident", urgency: "high", vip: true, categoryDefault: "critical" })).toBe("critical");
  });

  it("never starts below the category's default", () => {
    expect(initialPriority({ type: "request", urgency: "low", categoryDefault: "high" })).toBe("high");
    expect(initialPriority({ type: "incident", urgency: "high", categoryDefault: "low" })).toBe("high");
    expect(initialPriority({ type: "request", urgency: "low", vip: true, categoryDefault: "critical" })).toBe("critical");
  });

  it("ignores an absent category default", () => {
    expect(initialPriority({ type: "request", urgency: "normal", categoryDefault: null })).toBe("normal");
  });
});

describe("default SLA targets", () => {
  it("are shorter for higher priorities, and resolution never comes before response", () => {
    const order: Priority[] = ["low", "normal", "high", "critical"];
    for (let i = 1; i < order.length; i++) {
      expect(slaHours[order[i]].response).toBeLessThan(slaHours[order[i - 1]].response);
      expect(slaHours[order[i]].resolution).toBeLessThan(slaHours[order[i - 1]].resolution);
    }
    for (const p of order) expect(slaHours[p].resolution).toBeGreaterThanOrEqual(slaHours[p].response);
  });
});
