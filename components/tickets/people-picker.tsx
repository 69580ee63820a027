"use client";

import { clsx } from "clsx";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { controlClass } from "@/components/ui/input";
import { findPeopleAction } from "@/lib/actions/tickets";
import type { PersonOption } from "@/lib/tickets/queries/find-people";

type Props = {
  id: string;
  scope: "staff" | "watchers" | "requesters";
  value: PersonOption | null;
  onChange: (person: PersonOption | null) => void;
  placeholder?: string;
  /** People not to offer (the current assignee, existing watchers). */
  exclude?: string[];
  autoFocus?: boolean;
  invalid?: boolean;
  describedBy?: string;
};

/**
 * Type a name, pick a person: a combobox (arrows, Enter, Esc) over the people this viewer may pick; the
 * server decides who that is (see findPeople). Esc with the list open only closes the list.
 */
export function PeoplePicker({ id, scope, value, onChange, placeholder, exclude = [], autoFocus, invalid, describedBy }: Props) {
  const t = useTranslations("picker");
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const request = useRef(0);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<PersonOption[] | null>(null);
  const [active, setActive] = useState(0);
  const excluded = exclude.join(",");

  useEffect(() => {
    if (!open) return;
    const mine = ++request.current;
    const handle = setTimeout(async () => {
      const result = await findPeopleAction({ scope, q: query });
      // Only the answer to the latest keystroke counts.
      if (mine !== request.current) return;
      const skip = excluded ? excluded.split(",") : [];
      setOptions(result.ok ? result.data.filter((p) => !skip.includes(p.id)) : []);
      setActive(0);
    }, 150);
    return () => clearTimeout(handle);
  }, [open, query, scope, excluded]);

  function pick(person: PersonOption) {
    onChange(person);
    setOpen(false);
    setQuery("");
  }

  if (value) {
    return (
      <div
        className="flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-2 py-1.5 shadow-sm"
        data-testid={`${id}-chosen`}
      >
        <Avatar name={value.name} id={value.id} size="sm" />
        <span className="min-w-0 flex-1 truncate text-sm">
          <span className="font-medium text-slate-900">{value.name}</span> <span className="text-slate-500">{value.email}</span>
        </span>
        <button
          type="button"
          onClick={() => {
            onChange(null);
            requestAnimationFrame(() => input.current?.focus());
          }}
          className="rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
          aria-label={t("change")}
        >
          <X aria-hidden className="h-4 w-4" />
        </button>
      </div>
    );
  }

  const shown = options ?? [];
  return (
    <div className="relative">
      <input
        ref={input}
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] ? `${listId}-${shown[active].id}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder={placeholder ?? t("placeholder")}
        value={query}
        className={controlClass}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, shown.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === "Enter" && open && shown[active]) {
            e.preventDefault();
            pick(shown[active]);
          } else if (e.key === "Escape" && open) {
            e.preventDefault();
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {options === null ? (
            <li className="px-3 py-2 text-slate-500">{t("loading")}</li>
          ) : shown.length === 0 ? (
            <li className="px-3 py-2 text-slate-500">{t("nobody")}</li>
          ) : (
            shown.map((person, index) => (
              <li
                key={person.id}
                id={`${listId}-${person.id}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => pick(person)}
                className={clsx("flex cursor-pointer items-center gap-2 px-3 py-1.5", index === active && "bg-brand-50")}
              >
                <Avatar name={person.name} id={person.id} size="sm" />
                <span className="min-w-0">
                  <span className="block truncate font-medium text-slate-900">{person.name}</span>
                  <span className="block truncate text-xs text-slate-500">{[person.title, person.email].filter(Boolean).join(" · ")}</span>
                </span>
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
