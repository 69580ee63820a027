"use client";

import { Lightbulb } from "lucide-react";
import { useTranslations } from "next-intl";

/**
 * The place beside the new-ticket form where matching articles and past solutions will appear while the
 * person types (filled by the search work). It receives what has been typed so far and can report the
 * ids it showed, which are recorded with the ticket for the deflection figures.
 */
export function SuggestionsPanel({ query }: { query: string; onShown?: (ids: string[]) => void }) {
  const t = useTranslations("newTicket");
  return (
    <aside data-testid="suggestions" data-query={query} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:sticky lg:top-20">
      <h2 className="flex items-center gap-2 text-sm font-semibold text-slate-800">
        <Lightbulb aria-hidden className="h-4 w-4 text-amber-500" />
        {t("suggestions")}
      </h2>
      <p className="mt-2 text-sm leading-relaxed text-slate-500">{t("suggestionsHint")}</p>
    </aside>
  );
}
