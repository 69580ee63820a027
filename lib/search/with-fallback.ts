import type { Client } from "@elastic/elasticsearch";
import { getSearchClient } from "@/search/client";

export type Answer<T> = { result: T; limited: boolean };

/**
 * Postgres full-text answers at most this many fallback queries of one server at once for callers that can do
 * without (the as-you-type ones). A node that times out under load would otherwise push every request onto
 * Postgres, where one costs far more CPU than on the node (measured ~1.3 s at 100,000 tickets), and the
 * overload would feed itself.
 */
export const MAX_CONCURRENT_FALLBACKS = 2;
let fallbacksRunning = 0;

export type FallbackOptions<T> = {
  /** What to answer, still `limited`, when the fallbacks are all busy; without it the caller waits its turn. */
  whenBusy?: () => T;
};

/**
 * Asks the search node and, if it cannot answer (down, starting, timing out, index missing), asks Postgres
 * instead and says the answer is `limited`. Searching must keep working when the node does not; an error of
 * ours (a malformed query) is logged loudly, and the person still gets the fallback's answer.
 */
export async function withFallback<T>(
  primary: (client: Client) => Promise<T>,
  fallback: () => Promise<T>,
  options: FallbackOptions<T> = {},
): Promise<Answer<T>> {
  return answerWithFallback(async () => primary(await getSearchClient()), fallback, options);
}

/** withFallback without the client: the order of the attempts and the cap on concurrent fallbacks. */
export async function answerWithFallback<T>(
  ask: () => Promise<T>,
  fallback: () => Promise<T>,
  options: FallbackOptions<T> = {},
): Promise<Answer<T>> {
  try {
    return { result: await ask(), limited: false };
  } catch (error) {
    if (!isUnavailable(error)) console.error("search query failed; answering from Postgres:", error);
    if (options.whenBusy && fallbacksRunning >= MAX_CONCURRENT_FALLBACKS) return { result: options.whenBusy(), limited: true };
    fallbacksRunning++;
    try {
      return { result: await fallback(), limited: true };
    } finally {
      fallbacksRunning--;
    }
  }
}

/** Connection refused, timeouts, a 5xx, no index yet: the node is not (yet) able to answer. */
function isUnavailable(error: unknown): boolean {
  const e = error as { name?: string; meta?: { statusCode?: number; body?: { error?: { type?: string } } }; message?: string };
  if (e?.name === "ConnectionError" || e?.name === "TimeoutError" || e?.name === "NoLivingConnectionsError") return true;
  const status = e?.meta?.statusCode ?? 0;
  if (status >= 500 || status === 429) return true;
  if (e?.meta?.body?.error?.type === "index_not_found_exception") return true;
  return /does not answer/.test(e?.message ?? "");
}

/** Transport options for the interactive queries: a short wait, no retries, then the fallback. */
export const SUGGEST_TIMEOUT = { requestTimeout: 1500, maxRetries: 0 } as const;
export const SEARCH_TIMEOUT = { requestTimeout: 5000, maxRetries: 1 } as const;
