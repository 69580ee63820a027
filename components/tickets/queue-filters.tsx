"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Select } from "@/components/ui/input";

type Option = { value: string; label: string };

export type QueueFilterOptions = {
  statuses: Option[];
  priorities: Option[];
  types: Option[];
  categories: Option[];
  assignees: Option[];
  sorts: Option[];
};

const filterKeys = ["status", "priority", "type", "category", "assignee"] as const;

/**
 * Filters and sort of the queue page, written to the URL as soon as one changes (no "apply" step); the
 * server renders the list for that URL. The page number is reset, since the old page may not exist.
 */
export function QueueFilters({ options }: { options: QueueFilterOptions }) {
  const t = useTranslations("queues.filters");
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [pending, startTransition] = useTransition();

  function set(key: string, value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete("page");
    startTransition(() => router.replace(`${pathname}?${next}`, { scroll: false }));
  }

  function clear() {
    const next = new URLSearchParams();
    const queue = search.get("queue");
    if (queue) next.set("queue", queue);
    startTransition(() => router.replace(`${pathname}?${next}`, { scroll: false }));
  }

  const active = filterKeys.some((k) => search.get(k));
  const list: Record<(typeof filterKeys)[number], Option[]> = {
    status: options.statuses,
    priority: options.priorities,
    type: options.types,
    category: options.categories,
    assignee: options.assignees,
  };

  return (
    <div className="mb-4 flex flex-wrap items-end gap-2" aria-busy={pending} data-testid="queue-filters">
      {filterKeys.map((key) => (
        <label key={key} className="block min-w-32 max-w-52 flex-1">
          <span className="mb-1 block text-xs font-medium text-slate-500">{t(key)}</span>
          <Select
            value={search.get(key) ?? ""}
            onChange={(e) => set(key, e.target.value)}
            className="h-9 py-1"
            data-testid={`filter-${key}`}
          >
            <option value="">{t("any")}</option>
            {list[key].map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </label>
      ))}
      <label className="block min-w-36 sm:ml-auto">
        <span className="mb-1 block text-xs font-medium text-slate-500">{t("sort")}</span>
        <Select
          value={search.get("sort") ?? "newest"}
          onChange={(e) => set("sort", e.target.value === "newest" ? "" : e.target.value)}
          className="h-9 py-1"
          data-testid="sort"
        >
          {options.sorts.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </label>
      {active && (
        <button type="button" onClick={clear} className="h-9 rounded-lg px-2 text-sm text-brand-700 hover:bg-brand-50">
          {t("clear")}
        </button>
      )}
      {pending && <span className="sr-only">{t("loading")}</span>}
    </div>
  );
}
