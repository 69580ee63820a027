"use client";

import { useEffect, useState } from "react";

export type Fetched<T> = { data: T | null; loading: boolean; failed: boolean; url: string | null };

/**
 * GETs `url` as JSON once it has stopped changing for `delay` ms. A newer URL aborts the request still in flight,
 * so an answer to an older text never replaces the answer to the newer one. `null` clears the answer.
 */
export function useDebouncedJson<T>(url: string | null, delay = 250): Fetched<T> {
  const [state, setState] = useState<Fetched<T>>({ data: null, loading: false, failed: false, url: null });
  useEffect(() => {
    if (!url) {
      const clear = setTimeout(() => setState({ data: null, loading: false, failed: false, url: null }), 0);
      return () => clearTimeout(clear);
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState((s) => ({ ...s, loading: true }));
      try {
        const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(String(response.status));
        const data = (await response.json()) as T;
        if (!controller.signal.aborted) setState({ data, loading: false, failed: false, url });
      } catch {
        if (!controller.signal.aborted) setState((s) => ({ ...s, loading: false, failed: true }));
      }
    }, delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, delay]);
  return state;
}
