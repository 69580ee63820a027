"use client";

import { useRouter } from "next/navigation";
import { startTransition, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/guards";

/**
 * Runs one ticket action: pending state, and the error for the form and per field. On success the page
 * is re-read from the server and `onDone` (typically: close the form) is applied in the same transition,
 * so the form stays "pending" until the new state of the ticket is on screen — never a closed form over
 * stale facts. `beforeRefresh` does follow-up work first (files uploaded after a remark).
 */
export function useTicketAction() {
  const router = useRouter();
  const [pending, startPending] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  function run<T>(call: () => Promise<ActionResult<T>>, onDone?: (data: T) => void, beforeRefresh?: (data: T) => Promise<void>) {
    startPending(async () => {
      const result = await call();
      if (!result.ok) {
        setFields(result.fields ?? {});
        setError(result.fields && Object.keys(result.fields).length ? null : result.error);
        return;
      }
      setError(null);
      setFields({});
      await beforeRefresh?.(result.data);
      // After an await React no longer knows this is a transition: say so again, so the refresh and the
      // form closing land together.
      startTransition(() => {
        router.refresh();
        onDone?.(result.data);
      });
    });
  }

  return { pending, error, fields, run, setError, setFields };
}
