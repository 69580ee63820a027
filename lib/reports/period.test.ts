import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isCalendarDate, previousRange, startOfDay, todayIn, toPeriod } from "./period";

describe("report periods", () => {
  it("start a day at midnight in the organisation's time zone", () => {
    expect(startOfDay("2026-11-01", "Europe/Moscow").toISOString()).toBe("2026-10-31T21:00:00.000Z");
    expect(startOfDay("2026-07-01", "Europe/Berlin").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(startOfDay("2026-01-15", "UTC").toISOString()).toBe("2026-01-15T00:00:00.000Z");
  });

  it("include both ends whole", () => {
    const p = toPeriod({ from: "2026-11-01", to: "2026-11-30" }, "Europe/Moscow");
    expect(p.days).toBe(30);
    expect(p.end.toISOString()).toBe("2026-11-30T21:00:00.000Z");
  });

  it("compare with the period of the same length just before", () => {
    expect(previousRange({ from: "2026-11-01", to: "2026-11-30" })).toEqual({ from: "2026-10-02", to: "2026-10-31" });
    expect(previousRange({ from: "2026-03-01", to: "2026-03-01" })).toEqual({ from: "2026-02-28", to: "2026-02-28" });
  });

  it("know today's date where the organisation is", () => {
    expect(todayIn("Europe/Moscow", new Date("2026-12-02T22:30:00Z"))).toBe("2026-12-03");
    expect(todayIn("UTC", new Date("2026-12-02T22:30:00Z"))).toBe("2026-12-02");
  });

  it("accept real calendar dates only", () => {
    expect(isCalendarDate("2026-02-28")).toBe(true);
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2026-2-3")).toBe(false);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(daysBetween("2026-01-01", "2026-12-31")).toBe(365);
  });
});
