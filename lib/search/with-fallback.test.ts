import { afterEach, describe, expect, it, vi } from "vitest";
import { answerWithFallback, MAX_CONCURRENT_FALLBACKS } from "./with-fallback";

// What the search client throws when an overloaded node does not answer in time.
const timedOut = async (): Promise<string[]> => {
  throw Object.assign(new Error("Request timed out"), { name: "TimeoutError" });
};

describe("answerWithFallback", () => {
  const releases: (() => void)[] = [];
  afterEach(() => releases.splice(0).forEach((release) => release()));

  /** A fallback query that holds its place until released. */
  const slowFallback = () => new Promise<string[]>((resolve) => releases.push(() => resolve(["from postgres"])));

  it("answers from the node when it can, and from Postgres, limited, when it cannot", async () => {
    expect(
      await answerWithFallback(
        async () => ["from the node"],
        async () => ["from postgres"],
      ),
    ).toEqual({ result: ["from the node"], limited: false });
    expect(await answerWithFallback(timedOut, async () => ["from postgres"])).toEqual({ result: ["from postgres"], limited: true });
  });

  it("sheds as-you-type queries once the fallbacks are busy, and lets searches that must answer wait their turn", async () => {
    const held = Array.from({ length: MAX_CONCURRENT_FALLBACKS }, () => answerWithFallback(timedOut, slowFallback, { whenBusy: () => [] }));
    await vi.waitFor(() => expect(releases).toHaveLength(MAX_CONCURRENT_FALLBACKS));
    expect(await answerWithFallback(timedOut, slowFallback, { whenBusy: () => [] })).toEqual({ result: [], limited: true });

    const patient = answerWithFallback(timedOut, slowFallback);
    await vi.waitFor(() => expect(releases).toHaveLength(MAX_CONCURRENT_FALLBACKS + 1));
    releases.splice(0).forEach((release) => release());
    expect(await patient).toEqual({ result: ["from postgres"], limited: true });
    for (const answer of await Promise.all(held)) expect(answer.result).toEqual(["from postgres"]);
  });
});
