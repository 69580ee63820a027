import { Search } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/input";
import type { SearchState } from "./search-params";

/** Filters chosen through the facets ride along as hidden fields, so a new search keeps them. */
const carried = ["kind", "status", "type", "categoryId", "priority", "assigneeId", "sort"] as const;

/** The search box and the date range: a plain GET form, so every search is a link that can be shared. */
export async function SearchForm({ state }: { state: SearchState }) {
  const t = await getTranslations("searchPage");
  return (
    <form
      action="/search"
      method="get"
      role="search"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="search-form"
    >
      <div className="flex flex-col gap-3 md:flex-row md:items-end">
        <div className="min-w-0 flex-1">
          <label htmlFor="search-q" className="sr-only">
            {t("label")}
          </label>
          <div className="relative">
            <Search aria-hidden className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-400" />
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={state.q?.[0] ?? ""}
              placeholder={t("placeholder")}
              maxLength={500}
              autoFocus
              autoComplete="off"
              aria-describedby="search-syntax"
              className={`${controlClass} h-10 pl-9 text-base`}
              data-testid="search-input"
            />
          </div>
        </div>
        <div className="flex items-end gap-2">
          <label className="text-xs font-medium text-slate-500">
            {t("from")}
            <input type="date" name="from" defaultValue={state.from?.[0] ?? ""} className={`${controlClass} mt-1 h-10 w-40`} />
          </label>
          <label className="text-xs font-medium text-slate-500">
            {t("to")}
            <input type="date" name="to" defaultValue={state.to?.[0] ?? ""} className={`${controlClass} mt-1 h-10 w-40`} />
          </label>
          <button type="submit" className={buttonClass("primary", "md", "h-10")} data-testid="search-submit">
            {t("submit")}
          </button>
        </div>
      </div>
      {carried.flatMap((key) =>
        (state[key] ?? []).map((value) => <input key={`${key}:${value}`} type="hidden" name={key} value={value} />),
      )}
      <p id="search-syntax" className="mt-2 text-xs text-slate-500">
        {t.rich("syntax", {
          code: (chunks) => <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[11px] text-slate-700">{chunks}</code>,
        })}
      </p>
    </form>
  );
}
