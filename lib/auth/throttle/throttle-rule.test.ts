import { describe, expect, it } from "vitest";
import { afterFailure, retryAfterSeconds, type ThrottleState } from "./throttle-rule";

const t0 = new Date("2026-12-03T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function fail(times: number, start = t0, state: ThrottleState | null = null) {
  for (let i = 0; i < times; i++) state = afterFailure(state, new Date(start.getTime() + i * 1000));
  return state!;
}

describe("sign-in throttling", () => {
  it("lets four failures pass and refuses the fifth's key for a minute", () => {
    expect(retryAfterSeconds(fail(4), at(4))).toBe(0);
    const locked = fail(5);
    expect(retryAfterSeconds(locked, at(4))).toBe(60);
    expect(retryAfterSeconds(locked, at(65))).toBe(0);
  });

  it("doubles the wait with each further failure, up to an hour", () => {
    const sixth = afterFailure(fail(5), at(70));
    expect(retryAfterSeconds(sixth, at(70))).toBe(120);
    const seventh = afterFailure(sixth, at(71));
    expect(retryAfterSeconds(seventh, at(71))).toBe(240);
    expect(retryAfterSeconds(fail(30), at(29))).toBe(3600);
  });

  it("forgets failures older than 15 minutes when no lock is running", () => {
    const old = fail(4);
    expect(afterFailure(old, at(16 * 60)).failures).toBe(1);
    expect(afterFailure(old, at(10 * 60)).failures).toBe(5);
    // After a lock, a quarter of an hour of quiet starts a new streak too.
    expect(afterFailure(fail(5), at(60 + 16 * 60)).failures).toBe(1);
  });
});
