import { describe, expect, it } from "vitest";
import { completeRange, periodSchema, reportFilterSchema } from "./filters";
import { addDays } from "./period";

const fields = (input: Record<string, string>) => {
  const issues = [reportFilterSchema.safeParse(input), periodSchema.safeParse(input)].flatMap((r) => r.error?.issues ?? []);
  return issues.length === 0 ? null : Object.fromEntries(issues.map((i) => [i.path.join("."), i.message]));
};

describe("report filters", () => {
  it("name the field of a bad value", () => {
    expect(fields({ from: "2026-13-01" })).toEqual({ from: "A date like 2026-11-27" });
    expect(fields({ priority: "urgent" })).toEqual({ priority: "Choose low, normal, high or critical" });
    expect(fields({ type: "question" })).toEqual({ type: "Choose incident or request" });
    expect(fields({ departmentId: "therapy" })).toEqual({ departmentId: "Not a valid id" });
  });

  it("refuse a start after the end, and a period over two years", () => {
    expect(fields({ from: "2026-11-02", to: "2026-11-01" })).toEqual({ from: "The start must not be after the end" });
    expect(fields({ from: "2024-01-01", to: "2026-01-02" })).toEqual({ to: "A period is at most two years" });
    expect(fields({ from: "2024-01-02", to: "2026-01-01" })).toBeNull();
    expect(fields({ from: "2026-11-02", to: "2026-11-01", priority: "urgent" })).toEqual({
      from: "The start must not be after the end",
      priority: "Choose low, normal, high or critical",
    });
  });

  it("default to the last 30 days up to today", () => {
    expect(completeRange({}, "2026-12-03", addDays)).toEqual({ from: "2026-11-04", to: "2026-12-03" });
    expect(completeRange({ from: "2026-11-20" }, "2026-12-03", addDays)).toEqual({ from: "2026-11-20", to: "2026-12-03" });
    expect(completeRange({ to: "2026-06-30" }, "2026-12-03", addDays)).toEqual({ from: "2026-06-01", to: "2026-06-30" });
  });
});
