import type { Tally } from "@/search/bench/http-typists";
import { percentiles } from "@/search/bench/latency";

/** The figures of one load phase: latency percentiles, throughput, errors by cause and what the answers held. */
export function printLoad(
  name: string,
  clients: number,
  load: { latencies: number[]; errors: number; elapsed: number },
  tally: Tally,
  cpu: string,
  node?: string,
): void {
  const [p50, p95, p99, max] = percentiles(load.latencies, [50, 95, 99, 100]).map((ms) => `${ms.toFixed(1)} ms`);
  const causes = [...tally.failures].map(([cause, n]) => `${n}× ${cause}`).join(", ");
  const share = (n: number) => `${((100 * n) / Math.max(1, tally.answers)).toFixed(0)}%`;
  console.log(`\n${name}: ${clients} clients, ${load.elapsed.toFixed(1)} s measured, ${load.latencies.length} answers`);
  console.log(`  p50 ${p50}   p95 ${p95}   p99 ${p99}   max ${max}`);
  console.log(`  ${(load.latencies.length / load.elapsed).toFixed(1)} requests/s   ${load.errors} errors${causes ? ` (${causes})` : ""}`);
  console.log(`  CPU per request: ${cpu}`);
  if (node) console.log(`  search node a request: ${node}`);
  const perAnswer = (tally.items / Math.max(1, tally.answers)).toFixed(2);
  console.log(
    `  answers with a suggestion: ${share(tally.withItems)} (${perAnswer} items an answer, 5 asked for); answered by the Postgres fallback (search node too slow or down): ${share(tally.limited)}`,
  );
}
