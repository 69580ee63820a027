import { describe, expect, it } from "vitest";
import { driveLoad, percentiles } from "./latency";

describe("latency helpers", () => {
  it("takes nearest-rank percentiles", () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentiles(samples, [50, 95, 99, 100])).toEqual([50, 95, 99, 100]);
  });

  it("drives a closed loop for the given time", async () => {
    const { latencies, errors, elapsed } = await driveLoad(3, 0.1, () => new Promise((r) => setTimeout(r, 5)));
    expect(errors).toBe(0);
    expect(latencies.length).toBeGreaterThan(10);
    expect(elapsed).toBeGreaterThanOrEqual(0.1);
  });
});
