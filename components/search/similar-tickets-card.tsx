"use client";

import { ClipboardCheck, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { proposeSolution } from "@/components/tickets/solution-proposal";
import { StatusBadge } from "@/components/tickets/status-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { SimilarTicket } from "@/lib/search/similar-tickets";
import { Snippet } from "./snippet";
import { useDebouncedJson } from "./use-debounced-json";

type Answer = { items: SimilarTicket[]; limited?: true };

/**
 * Resolved and closed tickets like this one, with their solutions. "Use this solution" (for whoever may resolve
 * this ticket) copies the solution with a line naming its source into the resolve form, and to the clipboard.
 */
export function SimilarTicketsCard({ ticketId, canResolve }: { ticketId: string; canResolve: boolean }) {
  const t = useTranslations("similar");
  const { data, loading, failed } = useDebouncedJson<Answer>(`/api/v1/tickets/${ticketId}/similar?limit=5`, 0);
  const [usedId, setUsedId] = useState<string | null>(null);

  async function use(item: SimilarTicket) {
    const text = `${item.solution.trim()}\n\n${t("from", { number: item.number })}`;
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    proposeSolution(text);
    setUsedId(item.id);
  }

  return (
    <Card title={t("title")} data-testid="similar-tickets" aria-busy={loading || undefined}>
      {!data && loading ? (
        <div className="space-y-3 px-4 py-3" aria-hidden>
          {[0, 1, 2].map((i) => (
            <div key={i} className="space-y-1.5">
              <div className="h-3.5 w-3/4 animate-pulse rounded bg-slate-100" />
              <div className="h-3 w-full animate-pulse rounded bg-slate-100" />
            </div>
          ))}
        </div>
      ) : failed && !data ? (
        <p className="px-4 py-3 text-sm text-slate-500">{t("failed")}</p>
      ) : data && data.items.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-500" data-testid="similar-empty">
          {t("none")}
        </p>
      ) : data ? (
        <ul className="divide-y divide-slate-100">
          {data.items.map((item) => (
            <li key={item.id} className="px-4 py-3" data-testid="similar-ticket">
              <div className="flex items-start justify-between gap-2">
                <Link
                  href={`/tickets/${item.number}`}
                  className="min-w-0 text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline"
                >
                  <span className="mr-1.5 font-mono text-xs font-normal text-slate-500">{item.number}</span>
                  {item.subject}
                </Link>
                <StatusBadge status={item.status} />
              </div>
              {item.solution && (
                <p className="mt-1.5 line-clamp-3 text-xs leading-relaxed text-slate-600">
                  <Snippet html={item.snippet} />
                </p>
              )}
              {canResolve && item.solution && (
                <div className="mt-2 flex flex-wrap items-center gap-2">
                  <Button size="sm" variant="secondary" onClick={() => void use(item)} data-testid="use-solution">
                    <ClipboardCheck aria-hidden className="h-3.5 w-3.5" />
                    {t("use")}
                  </Button>
                  {usedId === item.id && (
                    <span role="status" className="text-xs text-emerald-700" data-testid="solution-used">
                      {t("usedInForm")}
                    </span>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {data?.limited && (
        <p className="flex items-center gap-1.5 border-t border-slate-100 px-4 py-2 text-xs text-amber-800" data-testid="similar-limited">
          <TriangleAlert aria-hidden className="h-3.5 w-3.5 shrink-0" />
          {t("limited")}
        </p>
      )}
    </Card>
  );
}
