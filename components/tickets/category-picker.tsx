"use client";

import { clsx } from "clsx";
import { ChevronDown, Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useMemo, useRef, useState } from "react";
import { controlClass } from "@/components/ui/input";
import { type FlatCategory, filterCategories } from "./category-tree";

type Props = {
  id: string;
  categories: FlatCategory[];
  value: string | null;
  onChange: (id: string | null) => void;
  invalid?: boolean;
  describedBy?: string;
};

/**
 * A searchable category tree: the button shows the choice with its path; opening it gives a search box
 * over the tree (matches stay in place with their parents). Arrows move, Enter picks, Esc closes and
 * hands focus back to the button.
 */
export function CategoryPicker({ id, categories, value, onChange, invalid, describedBy }: Props) {
  const t = useTranslations("picker");
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const chosen = categories.find((c) => c.id === value) ?? null;
  // The first row clears the choice; the tree follows.
  const rows = useMemo(() => [null, ...filterCategories(categories, query)], [categories, query]);

  function close(focusButton = true) {
    setOpen(false);
    setQuery("");
    if (focusButton) requestAnimationFrame(() => button.current?.focus());
  }

  function openList() {
    setOpen(true);
    setActive(
      Math.max(
        0,
        rows.findIndex((r) => r?.id === value),
      ),
    );
  }

  function pick(row: FlatCategory | null) {
    onChange(row?.id ?? null);
    close();
  }

  return (
    <div className="relative">
      <button
        ref={button}
        id={id}
        type="button"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-describedby={describedBy}
        onClick={() => (open ? close() : openList())}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && !open) {
            e.preventDefault();
            openList();
          }
        }}
        className={clsx(controlClass, "flex items-center justify-between gap-2 text-left", invalid && "border-red-400")}
        data-testid="category-picker"
      >
        <span className={clsx("truncate", !chosen && "text-slate-500")}>
          {chosen ? (
            <>
              {chosen.path.length > 0 && <span className="text-slate-500">{chosen.path.join(" › ")} › </span>}
              {chosen.name}
            </>
          ) : (
            t("chooseCategory")
          )}
        </span>
        <ChevronDown aria-hidden className="h-4 w-4 shrink-0 text-slate-400" />
      </button>
      {open && (
        <div className="absolute z-20 mt-1 w-full rounded-lg border border-slate-200 bg-white shadow-lg">
          <div className="flex items-center gap-2 border-b border-slate-100 px-3">
            <Search aria-hidden className="h-4 w-4 text-slate-400" />
            <input
              autoFocus
              role="combobox"
              aria-expanded
              aria-controls={listId}
              aria-activedescendant={rows[active] !== undefined ? `${listId}-${rows[active]?.id ?? "none"}` : undefined}
              aria-label={t("searchCategory")}
              placeholder={t("searchCategory")}
              value={query}
              className="h-10 w-full bg-transparent text-sm outline-none placeholder:text-slate-400"
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(e.target.value ? 1 : 0);
              }}
              onBlur={(e) => {
                if (!e.currentTarget.parentElement?.parentElement?.contains(e.relatedTarget as Node)) close(false);
              }}
              onKeyDown={(e) => {
                if (e.key === "ArrowDown") {
                  e.preventDefault();
                  setActive((i) => Math.min(i + 1, rows.length - 1));
                } else if (e.key === "ArrowUp") {
                  e.preventDefault();
                  setActive((i) => Math.max(i - 1, 0));
                } else if (e.key === "Enter") {
                  e.preventDefault();
                  if (active < rows.length) pick(rows[active]);
                } else if (e.key === "Escape") {
                  e.preventDefault();
                  e.stopPropagation();
                  close();
                } else if (e.key === "Tab") close(false);
              }}
            />
          </div>
          <ul id={listId} role="listbox" aria-label={t("categories")} className="max-h-72 overflow-auto py-1 text-sm">
            {rows.map((row, index) => (
              <li
                key={row?.id ?? "none"}
                id={`${listId}-${row?.id ?? "none"}`}
                role="option"
                aria-selected={(row?.id ?? null) === value}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => pick(row)}
                style={{ paddingLeft: `${0.75 + (row?.depth ?? 0) * 1.1}rem` }}
                className={clsx(
                  "cursor-pointer py-1.5 pr-3",
                  index === active && "bg-brand-50",
                  (row?.id ?? null) === value && "font-medium text-brand-700",
                  row === null && "text-slate-500",
                  row && row.depth === 0 && "font-medium text-slate-900",
                )}
              >
                {row ? row.name : t("noCategory")}
              </li>
            ))}
            {rows.length === 1 && <li className="px-3 py-2 text-slate-500">{t("noMatch")}</li>}
          </ul>
        </div>
      )}
    </div>
  );
}
