import { describe, expect, it } from "vitest";
import { weekdayText } from "./weekday-text";

const names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const label = (d: number) => names[d];

describe("weekdayText", () => {
  it("shortens runs of three or more days, reading from Monday", () => {
    expect(weekdayText([1, 2, 3, 4, 5], label)).toBe("Mon–Fri");
    expect(weekdayText([0, 1, 2, 3, 4, 5, 6], label)).toBe("Mon–Sun");
    expect(weekdayText([5, 6, 0], label)).toBe("Fri–Sun");
  });

  it("lists short runs and single days", () => {
    expect(weekdayText([1, 3], label)).toBe("Mon, Wed");
    expect(weekdayText([1, 2, 4], label)).toBe("Mon, Tue, Thu");
  });
});
