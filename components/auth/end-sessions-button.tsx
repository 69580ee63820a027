"use client";

import { LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

/**
 * Ends every session and token of a person, after a confirmation: on the profile for oneself (then this browser
 * goes to the sign-in page), on an admin's person page for someone else.
 */
export function EndSessionsButton({
  label,
  confirm,
  done,
  run,
  thenSignIn = false,
}: {
  label: string;
  confirm: string;
  done: string;
  run: () => Promise<{ ok: boolean }>;
  thenSignIn?: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [finished, setFinished] = useState(false);
  return (
    <span className="inline-flex items-center gap-3" aria-live="polite">
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(confirm)) return;
          startTransition(async () => {
            if (!(await run()).ok) return;
            setFinished(true);
            if (thenSignIn) router.push("/sign-in");
            else router.refresh();
          });
        }}
        className="inline-flex items-center gap-1.5 rounded-lg border border-red-200 px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
      >
        <LogOut aria-hidden className="h-4 w-4" />
        {label}
      </button>
      {finished && <span className="text-sm text-emerald-700">{done}</span>}
    </span>
  );
}
