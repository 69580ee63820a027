import { describe, expect, it } from "vitest";
import { addWorkingMinutes, workingMinutesBetween } from "./calendar";

// Moscow has no daylight saving: UTC+3 all year. 27 November 2026 is a Friday.
const moscow = { startHour: 9, endHour: 18, weekdays: [1, 2, 3, 4, 5], timeZone: "Europe/Moscow" };
const msk = (local: string) => new Date(`${local}+03:00`);
const hours = (n: number) => n * 60;

describe("addWorkingMinutes round the clock", () => {
  it("is plain addition, nights and weekends included", () => {
    expect(addWorkingMinutes(msk("2026-11-27T17:00:00"), hours(4), "24x7", moscow)).toEqual(msk("2026-11-27T21:00:00"));
    expect(addWorkingMinutes(msk("2026-11-28T23:30:00"), 90, "24x7", moscow)).toEqual(msk("2026-11-29T01:00:00"));
  });
});

describe("addWorkingMinutes on business hours", () => {
  it("stays within the day when the target fits before closing", () => {
    expect(addWorkingMinutes(msk("2026-11-24T10:15:00"), hours(2), "business", moscow)).toEqual(msk("2026-11-24T12:15:00"));
  });

  it("ends exactly at closing time rather than at the next opening", () => {
    expect(addWorkingMinutes(msk("2026-11-24T09:00:00"), hours(9), "business", moscow)).toEqual(msk("2026-11-24T18:00:00"));
  });

  it("carries what is left over a night to the next morning", () => {
    // Tuesday 16:00 + 4 h: two hours on Tuesday, two on Wednesday from 09:00.
    expect(addWorkingMinutes(msk("2026-11-24T16:00:00"), hours(4), "business", moscow)).toEqual(msk("2026-11-25T11:00:00"));
  });

  it("skips the weekend: Friday evening to Monday", () => {
    // Friday 17:00 + 4 h: one hour on Friday, three on Monday.
    expect(addWorkingMinutes(msk("2026-11-27T17:00:00"), hours(4), "business", moscow)).toEqual(msk("2026-11-30T12:00:00"));
  });

  it("starts counting at the opening when filed at night or at the weekend", () => {
    expect(addWorkingMinutes(msk("2026-11-24T07:30:00"), 30, "business", moscow)).toEqual(msk("2026-11-24T09:30:00"));
    expect(addWorkingMinutes(msk("2026-11-24T21:00:00"), 30, "business", moscow)).toEqual(msk("2026-11-25T09:30:00"));
    expect(addWorkingMinutes(msk("2026-11-28T12:00:00"), hours(1), "business", moscow)).toEqual(msk("2026-11-30T10:00:00"));
  });

  it("counts a long target over several working days", () => {
    // 72 working hours = 8 days of 9 hours: from Monday 09:00 to the second Wednesday 18:00.
    expect(addWorkingMinutes(msk("2026-11-23T09:00:00"), hours(72), "business", moscow)).toEqual(msk("2026-12-02T18:00:00"));
  });

  it("rounds a start with seconds up to the whole minute", () => {
    expect(addWorkingMinutes(msk("2026-11-24T10:00:30"), 10, "business", moscow)).toEqual(msk("2026-11-24T10:11:00"));
  });

  it("honours the configured weekdays", () => {
    const withSaturday = { ...moscow, weekdays: [1, 2, 3, 4, 5, 6] };
    expect(addWorkingMinutes(msk("2026-11-27T17:00:00"), hours(4), "business", withSaturday)).toEqual(msk("2026-11-28T12:00:00"));
  });

  it("reads local time in the configured zone, across a daylight-saving change", () => {
    // New York moves its clocks forward on Sunday 8 March 2026: Friday is UTC-5, Monday UTC-4.
    const newYork = { ...moscow, timeZone: "America/New_York" };
    const friday = new Date("2026-03-06T17:00:00-05:00");
    expect(addWorkingMinutes(friday, hours(2), "business", newYork)).toEqual(new Date("2026-03-09T10:00:00-04:00"));
  });

  it("falls back to round-the-clock time when the hours leave no working minute", () => {
    const closed = { ...moscow, weekdays: [] };
    expect(addWorkingMinutes(msk("2026-11-24T10:00:00"), 60, "business", closed)).toEqual(msk("2026-11-24T11:00:00"));
  });
});

describe("workingMinutesBetween", () => {
  it("counts only working minutes on business hours", () => {
    expect(workingMinutesBetween(msk("2026-11-27T17:00:00"), msk("2026-11-30T10:00:00"), "business", moscow)).toBe(120);
    expect(workingMinutesBetween(msk("2026-11-24T19:00:00"), msk("2026-11-25T08:00:00"), "business", moscow)).toBe(0);
  });

  it("counts every minute round the clock, and nothing backwards", () => {
    expect(workingMinutesBetween(msk("2026-11-27T17:00:00"), msk("2026-11-30T10:00:00"), "24x7", moscow)).toBe(hours(65));
    expect(workingMinutesBetween(msk("2026-11-30T10:00:00"), msk("2026-11-27T17:00:00"), "business", moscow)).toBe(0);
  });

  it("undoes addWorkingMinutes", () => {
    const start = msk("2026-11-26T15:20:00");
    const end = addWorkingMinutes(start, 1000, "business", moscow);
    expect(workingMinutesBetween(start, end, "business", moscow)).toBe(1000);
  });
});
