import { describe, expect, it } from "vitest";
import { initialPriority } from "./priority";

describe("initialPriority", () => {
  it("weighs an incident above a request of the same urgency", () => {
    expect(initialPriority({ type: "incident", urgency: "low" })).toBe("normal");
    expect(initialPriority({ type: "request", urgency: "low" })).toBe("low");
  });

  it("raises a VIP's ticket one step, up to critical", () => {
    expect(initialPriority({ type: "incident", urgency: "high", vip: true })).toBe("critical");
    expect(initialPriority({ type: "request", urgency: "normal", vip: true })).toBe("high");
  });

  it("never starts below the category's default", () => {
    expect(initialPriority({ type: "request", urgency: "low", categoryDefault: "high" })).toBe("high");
    expect(initialPriority({ type: "incident", urgency: "high", categoryDefault: "low" })).toBe("high");
  });
});
