"use client";

import { BookOpen, CircleCheck, ExternalLink, Lightbulb, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Snippet } from "@/components/search/snippet";
import { useDebouncedJson } from "@/components/search/use-debounced-json";
import { Button } from "@/components/ui/button";
import type { Suggestion } from "@/lib/search/suggest-solutions";
import { reportSession } from "./self-service-session";

type Answer = { items: Suggestion[]; limited?: true };

/** Fewer letters than this say too little to search for. */
const MIN_CHARS = 3;

/** The request for what has been typed: the subject leads; the description adds words to match. */
export function suggestUrl(subject: string, description: string, path = "/api/v1/suggest"): string | null {
  const s = subject.trim();
  const d = description.trim();
  if ((s + d).length < MIN_CHARS) return null;
  const params = new URLSearchParams({ q: (s || d).slice(0, 500) });
  if (s && d) params.set("description", d.slice(0, 5000));
  if (path === "/api/v1/suggest") params.set("limit", "5");
  return `${path}?${params}`;
}

/**
 * Beside the new-ticket form: published articles and shared solutions of past tickets matching what has been
 * typed so far (debounced; an answer to older text never replaces a newer one). "This solved my problem" records
 * a deflection and ends the form without a ticket. Reports every id it has shown, for the ticket filed anyway.
 */
export function SuggestionsPanel({
  subject,
  description,
  onShown,
  onSolved,
  sessionId,
}: {
  subject: string;
  description: string;
  /** The visit this panel reports what it showed and opened to (the self-service funnel). */
  sessionId?: string;
  onShown?: (ids: string[]) => void;
  onSolved?: (item: Suggestion) => void;
}) {
  const t = useTranslations("suggest");
  const url = suggestUrl(subject, description);
  // The same text asked again between keystrokes (a letter typed and taken back) is answered from this tab. Only
  // for a few seconds: an article published meanwhile shows at the next pause after that.
  const { data, loading, failed } = useDebouncedJson<Answer>(url, 250, { reuseFor: 5_000 });
  const items = url && data ? data.items : [];
  const shown = useRef(new Set<string>());
  const [solving, setSolving] = useState<string | null>(null);
  const [solveError, setSolveError] = useState<string | null>(null);

  const reported = useRef<Set<string> | null>(null);

  useEffect(() => {
    if (!data) return;
    const before = shown.current.size;
    for (const item of data.items) if (shown.current.size < 50) shown.current.add(item.id);
    if (shown.current.size !== before) onShown?.([...shown.current]);
    // The visit starts with the first answer, even an empty one, and grows with every new item shown.
    if (!sessionId) return;
    const keys = new Set([...(reported.current ?? []), ...data.items.map((i) => `${i.kind}:${i.id}`)].slice(0, 50));
    if (reported.current && keys.size === reported.current.size) return;
    reported.current = keys;
    reportSession({ id: sessionId, shown: [...keys] });
  }, [data, onShown, sessionId]);

  async function solved(item: Suggestion) {
    setSolving(item.id);
    setSolveError(null);
    try {
      const response = await fetch(`/api/v1/suggest/${item.kind}/${item.id}/solved`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ q: (subject.trim() || description.trim()).slice(0, 500), sessionId }),
      });
      if (!response.ok) throw new Error(String(response.status));
      onSolved?.(item);
    } catch {
      setSolveError(t("solvedFailed"));
    } finally {
      setSolving(null);
    }
  }

  return (
    <aside
      data-testid="suggestions"
      aria-labelledby="suggestions-title"
      aria-busy={loading || undefined}
      className="rounded-xl border border-slate-200 bg-white shadow-sm lg:sticky lg:top-20"
    >
      <h2
        id="suggestions-title"
        className="flex items-center gap-2 border-b border-slate-100 px-4 py-3 text-sm font-semibold text-slate-800"
      >
        <Lightbulb aria-hidden className="h-4 w-4 text-amber-500" />
        {t("title")}
        {loading && (
          <span aria-hidden className="ml-auto h-3.5 w-3.5 animate-spin rounded-full border-2 border-slate-300 border-r-transparent" />
        )}
      </h2>
      <div className="px-4 py-3" aria-live="polite">
        {!url ? (
          <p className="text-sm leading-relaxed text-slate-500">{t("hint")}</p>
        ) : failed && !data ? (
          <p className="text-sm text-slate-500">{t("failed")}</p>
        ) : data && items.length === 0 && !loading ? (
          <p className="text-sm leading-relaxed text-slate-500" data-testid="suggestions-empty">
            {t("none")}
          </p>
        ) : items.length > 0 ? (
          <p className="text-xs text-slate-500">{t("intro")}</p>
        ) : null}
        {data?.limited && url && (
          <p
            className="mt-2 flex items-start gap-1.5 rounded-lg bg-amber-50 px-2.5 py-1.5 text-xs text-amber-800"
            data-testid="suggestions-limited"
          >
            <TriangleAlert aria-hidden className="mt-0.5 h-3.5 w-3.5 shrink-0" />
            {t("limited")}
          </p>
        )}
      </div>
      {items.length > 0 && (
        <ul className={loading ? "opacity-60 transition-opacity" : "transition-opacity"}>
          {items.map((item) => {
            const Icon = item.kind === "article" ? BookOpen : CircleCheck;
            return (
              <li
                key={`${item.kind}:${item.id}`}
                data-testid="suggestion"
                data-kind={item.kind}
                data-id={item.id}
                className="border-t border-slate-100 px-4 py-3"
              >
                <div className="flex items-start gap-2">
                  <span
                    className={
                      item.kind === "article"
                        ? "mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-md bg-brand-50 text-brand-700"
                        : "mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-md bg-emerald-50 text-emerald-700"
                    }
                    title={t(`kind.${item.kind}`)}
                  >
                    <Icon aria-hidden className="h-3.5 w-3.5" />
                  </span>
                  <div className="min-w-0 flex-1">
                    <p className="text-[11px] font-medium uppercase tracking-wide text-slate-500">{t(`kind.${item.kind}`)}</p>
                    <a
                      href={item.url}
                      target="_blank"
                      rel="noopener noreferrer"
                      onClick={() => sessionId && reportSession({ id: sessionId, opened: `${item.kind}:${item.id}` })}
                      onAuxClick={() => sessionId && reportSession({ id: sessionId, opened: `${item.kind}:${item.id}` })}
                      className="group inline text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline focus-visible:rounded focus-visible:outline-2 focus-visible:outline-brand-500"
                    >
                      {item.title}
                      <ExternalLink aria-hidden className="ml-1 inline h-3 w-3 text-slate-400 group-hover:text-brand-600" />
                      <span className="sr-only"> ({t("newTab")})</span>
                    </a>
                    <p className="mt-1 line-clamp-4 text-xs leading-relaxed text-slate-600">
                      <Snippet html={item.snippet} />
                    </p>
                    <Button
                      size="sm"
                      variant="secondary"
                      className="mt-2"
                      pending={solving === item.id}
                      disabled={solving !== null && solving !== item.id}
                      onClick={() => void solved(item)}
                      data-testid="solved"
                    >
                      <CircleCheck aria-hidden className="h-3.5 w-3.5 text-emerald-600" />
                      {t("solved")}
                    </Button>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {solveError && (
        <p role="alert" className="border-t border-slate-100 px-4 py-2 text-xs text-red-700">
          {solveError}
        </p>
      )}
    </aside>
  );
}
