"use client";

import { RefreshCw } from "lucide-react";
import { useState, useTransition } from "react";

/** "Recompute now" for analysts: asks the API for a grouping run and says it is on its way. */
export function RefreshGroupingButton({ label, queued }: { label: string; queued: string }) {
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  return (
    <span className="flex items-center gap-2" aria-live="polite">
      <button
        type="button"
        disabled={pending || done}
        onClick={() => start(async () => setDone((await fetch("/api/v1/reports/problems/refresh", { method: "POST" })).status === 202))}
        className="inline-flex items-center gap-1 rounded-lg px-2 py-1 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:opacity-60"
      >
        <RefreshCw aria-hidden className={`h-4 w-4 ${pending ? "animate-spin" : ""}`} />
        {label}
      </button>
      {done && <span className="text-xs text-emerald-700">{queued}</span>}
    </span>
  );
}
