import { getSearchClient } from "@/search/client";
import type { Client } from "@elastic/elasticsearch";

export type Answer<T> = { result: T; limited: boolean };

/**
 * Asks the search node and, if it cannot answer (down, starting, timing out, index missing), asks Postgres
 * instead and says the answer is `limited`. Searching must keep working when the node does not; an error of
 * ours (a malformed query) is logged loudly, and the person still gets the fallback's answer.
 */
export async function withFallback<T>(primary: (client: Client) => Promise<T>, fallback: () => Promise<T>): Promise<Answer<T>> {
  try {
    return { result: await primary(await getSearchClient()), limited: false };
  } catch (error) {
    if (!isUnavailable(error)) console.error("search query failed; answering from Postgres:", error);
    return { result: await fallback(), limited: true };
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
