/** Percentiles of latencies in milliseconds (nearest rank). */
export function percentiles(samples: number[], ps: number[]): number[] {
  const sorted = [...samples].sort((a, b) => a - b);
  return ps.map((p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN));
}

export type LoadOptions = {
  /** Pause after each answer before the client asks again (a person's think or typing time); default none. */
  thinkMs?: number;
};

/**
 * Runs `clients` loops of `work` at once for `seconds` and records each call's latency: a closed-loop load, each
 * client waiting for its answer (and its think time) before asking again, as people typing do.
 */
export async function driveLoad(
  clients: number,
  seconds: number,
  work: (client: number) => Promise<unknown>,
  { thinkMs = 0 }: LoadOptions = {},
): Promise<{ latencies: number[]; errors: number; elapsed: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await work(client);
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
        if (thinkMs > 0) await new Promise((r) => setTimeout(r, thinkMs));
      }
    }),
  );
  return { latencies, errors, elapsed: (performance.now() - started) / 1000 };
}
