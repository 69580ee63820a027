"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/guards";

/**
 * Runs one review-workflow action: pending while it runs, then the page re-read from the server (or another
 * page opened), or the error as the server worded it, with field errors by name.
 */
export function useArticleAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  function run<T>(call: () => Promise<ActionResult<T>>, then?: { goTo?: string; onDone?: (data: T) => void }) {
    setError(null);
    setFields({});
    startTransition(async () => {
      const result = await call();
      if (!result.ok) {
        setFields(result.fields ?? {});
        if (!result.fields) setError(result.error);
        return;
      }
      then?.onDone?.(result.data);
      if (then?.goTo) router.push(then.goTo);
      else router.refresh();
    });
  }

  return { pending, error, fields, run };
}
