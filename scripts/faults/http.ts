import { Agent, request } from "node:http";
import { percentiles } from "@/search/bench/latency";

export type Answer = { status: number; body: unknown; headers: Record<string, string | string[] | undefined>; ms: number };

// node:http with kept-alive connections, as search/bench does: fetch's streams cost the load generator about
// twice the CPU a request, on the two cores it shares with the server it measures.
const agent = new Agent({ keepAlive: true, maxSockets: 128 });

/** One API call with a personal token; a network failure answers status 0 (the server is not there). */
export function call(
  baseUrl: string,
  token: string,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const t0 = performance.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const req = request(
      `${baseUrl}${path}`,
      {
        agent,
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: "application/json",
          ...(payload ? { "Content-Type": "application/json" } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {}
          resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers, ms: performance.now() - t0 });
        });
        res.on("error", () => resolve({ status: 0, body: null, headers: {}, ms: performance.now() - t0 }));
      },
    );
    req.on("error", () => resolve({ status: 0, body: null, headers: {}, ms: performance.now() - t0 }));
    req.end(payload);
  });
}

/** Latencies and status codes per operation, for the figures a scenario prints. */
export function recorder() {
  const ops = new Map<string, { ms: number[]; statuses: Map<number, number> }>();
  return {
    add(op: string, answer: Answer) {
      let entry = ops.get(op);
      if (!entry) ops.set(op, (entry = { ms: [], statuses: new Map() }));
      entry.ms.push(answer.ms);
      entry.statuses.set(answer.status, (entry.statuses.get(answer.status) ?? 0) + 1);
    },
    /** How many answers had a status matching `which`, over every operation. */
    count(which: (status: number) => boolean): number {
      let n = 0;
      for (const { statuses } of ops.values()) for (const [status, k] of statuses) if (which(status)) n += k;
      return n;
    },
    /** One line per operation: requests/s over `seconds`, p50/p95/p99, and the statuses answered. */
    lines(seconds: number): string[] {
      return [...ops].map(([op, { ms, statuses }]) => {
        const [p50, p95, p99] = percentiles(ms, [50, 95, 99]).map((v) => `${v.toFixed(0)} ms`.padStart(7));
        const codes = [...statuses]
          .sort(([a], [b]) => a - b)
          .map(([status, n]) => `${n}× ${status || "no answer"}`)
          .join(", ");
        return `${op.padEnd(10)} ${(ms.length / seconds).toFixed(1).padStart(6)} req/s   p50 ${p50}  p95 ${p95}  p99 ${p99}   ${codes}`;
      });
    },
  };
}

export type Recorder = ReturnType<typeof recorder>;
