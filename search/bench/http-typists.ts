import { Agent, request } from "node:http";
import { seededRandom } from "./random";
import { typedProblems, typedRequests } from "./typed-problems";

export type Tally = {
  answers: number;
  withItems: number;
  items: number;
  limited: number;
  failures: Map<string, number>;
  reset: () => void;
};

/**
 * People filling in the new-ticket form against a running server: client `c` signs its requests with
 * `tokens[c % tokens.length]` and types one problem after another, each call of `next(c)` sending the next
 * request its typing makes to GET /api/v1/suggest and reading the whole answer. Anything but a 200 with an
 * `items` list throws (an error for the load driver) and is counted in `tally.failures` by cause.
 */
export function httpTypists(baseUrl: string, tokens: string[], seed = 1) {
  const tally: Tally = {
    answers: 0,
    withItems: 0,
    items: 0,
    limited: 0,
    failures: new Map(),
    reset() {
      Object.assign(tally, { answers: 0, withItems: 0, items: 0, limited: 0, failures: new Map() });
    },
  };
  const typists = new Map<number, { random: ReturnType<typeof seededRandom>; requests: Iterator<{ q: string; description?: string }> }>();
  const fail = (cause: string): never => {
    tally.failures.set(cause, (tally.failures.get(cause) ?? 0) + 1);
    throw new Error(cause);
  };

  const nextRequest = (client: number) => {
    let typist = typists.get(client);
    if (!typist) {
      const random = seededRandom(seed * 1000 + client);
      typist = { random, requests: typedRequests(random.pick(typedProblems), random) };
      typists.set(client, typist);
    }
    let step = typist.requests.next();
    if (step.done) {
      typist.requests = typedRequests(typist.random.pick(typedProblems), typist.random);
      step = typist.requests.next();
    }
    return step.value as { q: string; description?: string };
  };

  async function next(client: number): Promise<void> {
    const { q, description } = nextRequest(client);
    const params = new URLSearchParams({ q, limit: "5" });
    if (description) params.set("description", description);
    const response = await get(`${baseUrl}/api/v1/suggest?${params}`, tokens[client % tokens.length]).catch((error: Error) =>
      fail(`network: ${error.message}`),
    );
    const body = parseJson(response.body) as { items?: unknown[]; limited?: boolean } | null;
    if (response.status !== 200 || !Array.isArray(body?.items)) return void fail(`HTTP ${response.status}`);
    tally.answers += 1;
    if (body.items.length > 0) tally.withItems += 1;
    tally.items += body.items.length;
    if (body.limited) tally.limited += 1;
  }

  return { next, tally };
}

// node:http with kept-alive connections rather than fetch: the load generator shares the machine's two cores with
// the server it measures, and fetch's web streams cost it about twice the CPU a request (bench:suggest prints it).
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function get(url: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { Authorization: `Bearer ${token}`, Accept: "application/json" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
