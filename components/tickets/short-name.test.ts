import { describe, expect, it } from "vitest";
import { durationParts } from "./duration";
import { shortName } from "./short-name";

describe("shortName", () => {
  it("writes a Russian full name as surname and initials, and leaves other names alone", () => {
    expect(shortName("Орлов Алексей Викторович")).toBe("Орлов А. В.");
    expect(shortName("Emily Carter")).toBe("Emily Carter");
    expect(shortName(null)).toBe("");
  });
});

describe("durationParts", () => {
  it("picks minutes, hours or days", () => {
    expect(durationParts(30_000)).toEqual({ unit: "m", n: 1 });
    expect(durationParts(-45 * 60_000)).toEqual({ unit: "m", n: 45 });
    expect(durationParts(2 * 3600_000)).toEqual({ unit: "h", n: 2 });
    expect(durationParts(30 * 3600_000)).toEqual({ unit: "h", n: 30 });
    expect(durationParts(43 * 3600_000)).toEqual({ unit: "d", n: 2 });
  });
});
