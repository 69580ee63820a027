import { seededRandom } from "./random";
import { typedProblems, typedRequests } from "./typed-problems";

export type Tally = { answers: number; withItems: number; items: number; limited: number; failures: Map<string, number>; reset: () => void };

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
    const response = await fetch(`${baseUrl}/api/v1/suggest?${params}`, {
      headers: { Authorization: `Bearer ${tokens[client % tokens.length]}`, Accept: "application/json" },
    }).catch((error: Error) => fail(`network: ${(error.cause as Error | undefined)?.message ?? error.message}`));
    const body = (await response.json().catch(() => null)) as { items?: unknown[]; limited?: boolean } | null;
    if (response.status !== 200 || !Array.isArray(body?.items)) return void fail(`HTTP ${response.status}`);
    tally.answers += 1;
    if (body.items.length > 0) tally.withItems += 1;
    tally.items += body.items.length;
    if (body.limited) tally.limited += 1;
  }

  return { next, tally };
}
