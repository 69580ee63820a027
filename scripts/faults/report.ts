import type { Tally } from "@/search/bench/http-typists";
import { percentiles } from "@/search/bench/latency";

export type Outcome = { name: string; failures: string[]; seconds: number };

/** What one scenario prints: what it injected, what it counted, and each expectation kept or broken. */
export function scenarioReport(name: string) {
  const failures: string[] = [];
  const started = performance.now();
  console.log(`\n▶ ${name}`);
  return {
    injected: (line: string) => console.log(`  injected: ${line}`),
    counted: (line: string) => console.log(`  counted:  ${line}`),
    line: (line: string) => console.log(`  ${line}`),
    expect(ok: boolean, what: string) {
      console.log(`  ${ok ? "✔" : "✘"} ${what}`);
      if (!ok) failures.push(what);
    },
    done(): Outcome {
      const seconds = (performance.now() - started) / 1000;
      console.log(`${failures.length === 0 ? "✔" : "✘"} ${name} (${seconds.toFixed(0)} s)`);
      return { name, failures, seconds };
    },
  };
}

/** The typing clients' line, in the same form as the writers' (http.ts), and their answers of 500 and above. */
export function typingLine(load: { latencies: number[]; elapsed: number }, tally: Tally) {
  const [p50, p95, p99] = percentiles(load.latencies, [50, 95, 99]).map((v) => `${v.toFixed(0)} ms`.padStart(7));
  const failures = [...tally.failures].map(([cause, n]) => `${n}× ${cause}`).join(", ");
  const serverErrors = [...tally.failures].filter(([cause]) => /^HTTP 5/.test(cause)).reduce((sum, [, n]) => sum + n, 0);
  return {
    serverErrors,
    line: `${"suggest".padEnd(10)} ${(load.latencies.length / load.elapsed).toFixed(1).padStart(6)} req/s   p50 ${p50}  p95 ${p95}  p99 ${p99}   ${tally.answers}× 200 (${tally.limited} limited)${failures ? `, ${failures}` : ""}`,
  };
}
