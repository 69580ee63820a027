"use client";

import { useEffect, useState } from "react";

export type Fetched<T> = { data: T | null; loading: boolean; failed: boolean; url: string | null };

/**
 * Recent answers by URL, for callers that pass `reuseFor`: someone who types a letter and takes it back, or adds a
 * space the server trims, asks for what they were just shown. Per tab and short-lived: only this person's own
 * recent answers, never shared, gone on reload.
 */
const recent = new Map<string, { data: unknown; at: number }>();
const RECENT_MAX = 20;

function remember(url: string, data: unknown) {
  recent.delete(url);
  recent.set(url, { data, at: Date.now() });
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
}

/**
 * GETs `url` as JSON once it has stopped changing for `delay` ms. A newer URL aborts the request still in flight,
 * so an answer to an older text never replaces the answer to the newer one. `null` clears the answer. With
 * `reuseFor` (ms), an answer to the same URL that recent is shown again without asking.
 */
export function useDebouncedJson<T>(url: string | null, delay = 250, { reuseFor = 0 }: { reuseFor?: number } = {}): Fetched<T> {
  const [state, setState] = useState<Fetched<T>>({ data: null, loading: false, failed: false, url: null });
  useEffect(() => {
    if (!url) {
      const clear = setTimeout(() => setState({ data: null, loading: false, failed: false, url: null }), 0);
      return () => clearTimeout(clear);
    }
    const kept = reuseFor > 0 ? recent.get(url) : undefined;
    if (kept && Date.now() - kept.at <= reuseFor) {
      const show = setTimeout(() => setState({ data: kept.data as T, loading: false, failed: false, url }), 0);
      return () => clearTimeout(show);
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState((s) => ({ ...s, loading: true }));
      try {
        const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(String(response.status));
        const data = (await response.json()) as T;
        if (reuseFor > 0) remember(url, data);
        if (!controller.signal.aborted) setState({ data, loading: false, failed: false, url });
      } catch {
        if (!controller.signal.aborted) setState((s) => ({ ...s, loading: false, failed: true }));
      }
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, delay, reuseFor]);
  return state;
}
