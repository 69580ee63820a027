"use client";

import { clsx } from "clsx";
import { BookOpen, X } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Snippet } from "@/components/search/snippet";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/input";
import { articleForSolutionAction, searchArticlesAction } from "@/lib/actions/ticket-articles";
import type { ArticleForSolution } from "@/lib/kb/capture/article-for-solution";

type Option = { id: string; title: string; snippet: string };

type Props = {
  value: { id: string; title: string } | null;
  onPick: (article: ArticleForSolution) => void;
  onRemove: () => void;
};

/**
 * "Pick an article" in the resolve form: a search box over the published articles this specialist may read
 * (a combobox: arrows, Enter, Esc), and once one is chosen, a chip that removes it again. Esc closes the list
 * first, then the box; the form behind it stays open. Enter never submits the form from here.
 */
export function ArticlePicker({ value, onPick, onRemove }: Props) {
  const t = useTranslations("capture.picker");
  const listId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const request = useRef(0);
  const [searching, setSearching] = useState(false);
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<Option[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);
  const [loading, setLoading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const q = query.trim();

  useEffect(() => {
    if (!searching || !q) return;
    const mine = ++request.current;
    const handle = setTimeout(async () => {
      const result = await searchArticlesAction({ q });
      // Only the answer to the latest keystroke counts.
      if (mine !== request.current) return;
      setFailed(!result.ok);
      setOptions(result.ok ? result.data : []);
      setActive(0);
    }, 250);
    return () => clearTimeout(handle);
  }, [searching, q]);

  function open() {
    setSearching(true);
    setError(null);
    requestAnimationFrame(() => input.current?.focus());
  }

  function close(focusOpener: boolean) {
    request.current++;
    setSearching(false);
    setQuery("");
    setOptions(null);
    if (focusOpener) requestAnimationFrame(() => opener.current?.focus());
  }

  async function choose(option: Option) {
    setLoading(option.title);
    close(false);
    const result = await articleForSolutionAction({ articleId: option.id });
    setLoading(null);
    if (!result.ok) {
      setError(result.error);
      requestAnimationFrame(() => opener.current?.focus());
      return;
    }
    onPick(result.data);
  }

  if (value || loading) {
    const title = value?.title ?? loading ?? "";
    return (
      <div className="flex min-w-0 items-center gap-2" data-testid="picked-article" aria-busy={loading ? true : undefined}>
        <span className="text-sm text-slate-600">{t("chosen")}</span>
        <span className="inline-flex min-w-0 items-center gap-1.5 rounded-full bg-brand-50 py-1 pl-2.5 pr-1 text-sm text-brand-800 ring-1 ring-inset ring-brand-200">
          <BookOpen aria-hidden className="h-3.5 w-3.5 shrink-0" />
          {value ? (
            <Link href={`/kb/articles/${value.id}`} target="_blank" className="truncate font-medium hover:underline">
              {title}
            </Link>
          ) : (
            <span className="truncate font-medium">{title}</span>
          )}
          {value && (
            <button
              type="button"
              onClick={() => {
                onRemove();
                requestAnimationFrame(() => opener.current?.focus());
              }}
              aria-label={t("remove", { title })}
              className="rounded-full p-0.5 text-brand-600 hover:bg-brand-100 hover:text-brand-900"
            >
              <X aria-hidden className="h-3.5 w-3.5" />
            </button>
          )}
        </span>
      </div>
    );
  }

  if (!searching) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <Button ref={opener} size="sm" onClick={open} data-testid="pick-article">
          <BookOpen aria-hidden className="h-3.5 w-3.5" />
          {t("button")}
        </Button>
        <span className="text-xs text-slate-500">{error ?? t("hint")}</span>
      </div>
    );
  }

  const shown = q ? (options ?? []) : [];
  return (
    <div className="relative">
      <label htmlFor={inputId} className="mb-1.5 block text-sm font-medium text-slate-800">
        {t("label")}
      </label>
      <input
        ref={input}
        id={inputId}
        type="search"
        role="combobox"
        aria-expanded={q !== ""}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown[active] ? `${listId}-${shown[active].id}` : undefined}
        autoComplete="off"
        placeholder={t("placeholder")}
        value={query}
        className={controlClass}
        data-testid="article-search"
        onBlur={(e) => {
          // Leaving the box with nothing typed puts the button back; a typed search stays until Esc.
          if (!q && !e.currentTarget.parentElement?.contains(e.relatedTarget)) close(false);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          if (!e.target.value.trim()) setOptions(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, shown.length - 1));
          } else if (e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === "Enter" && !(e.ctrlKey || e.metaKey)) {
            // Enter picks; it never submits the resolve form from the search box (Ctrl+Enter still does).
            e.preventDefault();
            if (shown[active]) void choose(shown[active]);
          } else if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            close(true);
          }
        }}
      />
      {q !== "" && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("label")}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {options === null ? (
            <li className="px-3 py-2 text-slate-500">{t("loading")}</li>
          ) : shown.length === 0 ? (
            <li className="px-3 py-2 text-slate-500">{failed ? t("failed") : t("none")}</li>
          ) : (
            shown.map((option, index) => (
              <li
                key={option.id}
                id={`${listId}-${option.id}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => void choose(option)}
                className={clsx("cursor-pointer px-3 py-2", index === active && "bg-brand-50")}
                data-testid="article-option"
              >
                <span className="block font-medium text-slate-900">{option.title}</span>
                {option.snippet && (
                  <Snippet html={option.snippet} className="mt-0.5 line-clamp-2 block text-xs leading-relaxed text-slate-500" />
                )}
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
