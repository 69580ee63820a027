import { describe, expect, it } from "vitest";
import { sessionHolds } from "./session-validity";

const now = Date.parse("2026-12-03T12:00:00Z");
const hoursAgo = (h: number) => now - h * 3_600_000;

describe("a browser session", () => {
  it("ends when its person signed out everywhere after it began", () => {
    expect(sessionHolds(hoursAgo(2), new Date(hoursAgo(1)), 336, now)).toBe(false);
    expect(sessionHolds(hoursAgo(1), new Date(hoursAgo(2)), 336, now)).toBe(true);
  });

  it("ends after the desk's session lifetime", () => {
    expect(sessionHolds(hoursAgo(9), null, 8, now)).toBe(false);
    expect(sessionHolds(hoursAgo(7), null, 8, now)).toBe(true);
  });

  it("of before sign-in times were recorded holds until sessions are revoked", () => {
    expect(sessionHolds(undefined, null, 8, now)).toBe(true);
    expect(sessionHolds(undefined, new Date(hoursAgo(1)), 8, now)).toBe(false);
  });
});
