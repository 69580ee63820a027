/** Percentiles of latencies in milliseconds (nearest rank). */
export function percentiles(samples: number[], ps: number[]): number[] {
  const sorted = [...samples].sort((a, b) => a - b);
  return ps.map((p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN));
}

export type LoadOptions = {
  /** Pause after each answer before the client asks again (a person's think or typing time); default none. */
  thinkMs?: number;
  /** The first seconds are run but not counted: connections, JIT and caches are still warming up. */
  warmupSeconds?: number;
};

/**
 * Runs `clients` loops of `work` at once for `seconds` (after the warm-up) and records each call's latency: a
 * closed-loop load, each client waiting for its answer (and its think time) before asking again, as people
 * typing do. `elapsed` is the measured span, warm-up excluded.
 */
export async function driveLoad(
  clients: number,
  seconds: number,
  work: (client: number) => Promise<unknown>,
  { thinkMs = 0, warmupSeconds = 0 }: LoadOptions = {},
): Promise<{ latencies: number[]; errors: number; elapsed: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const measuredFrom = performance.now() + warmupSeconds * 1000;
  const deadline = measuredFrom + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        let failed = false;
        try {
          await work(client);
        } catch {
          failed = true;
        }
        if (t0 >= measuredFrom) {
          if (failed) errors += 1;
          else latencies.push(performance.now() - t0);
        }
        if (thinkMs > 0) await new Promise((r) => setTimeout(r, thinkMs));
      }
    }),
  );
  return { latencies, errors, elapsed: (performance.now() - measuredFrom) / 1000 };
}
