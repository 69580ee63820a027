"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";

type Props = { id: string; value: string[]; onChange: (tags: string[]) => void; invalid?: boolean; describedBy?: string };

const MAX_TAGS = 20;

/** Tags as chips: Enter or a comma adds one, Backspace in the empty box takes the last back for editing. */
export function TagInput({ id, value, onChange, invalid, describedBy }: Props) {
  const t = useTranslations("kbWrite.fields");
  const [draft, setDraft] = useState("");

  function add(raw: string) {
    const tags = raw
      .split(",")
      .map((tag) => tag.trim().replace(/^#/, "").slice(0, 50))
      .filter((tag) => tag && !value.some((existing) => existing.toLowerCase() === tag.toLowerCase()));
    if (tags.length) onChange([...value, ...tags].slice(0, MAX_TAGS));
    setDraft("");
  }

  return (
    <div
      className="flex min-h-9 flex-wrap items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-2 py-1.5 shadow-sm focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-500/20 has-[input[aria-invalid=true]]:border-red-400"
      onClick={(e) => (e.currentTarget.querySelector("input") as HTMLInputElement | null)?.focus()}
    >
      {value.map((tag) => (
        <span
          key={tag}
          className="inline-flex items-center gap-0.5 rounded-full bg-slate-100 py-0.5 pl-2.5 pr-1 text-xs text-slate-700"
          data-testid="tag-chip"
        >
          #{tag}
          <button
            type="button"
            aria-label={t("removeTag", { tag })}
            onClick={() => onChange(value.filter((v) => v !== tag))}
            className="rounded-full p-0.5 text-slate-400 hover:bg-slate-200 hover:text-slate-700"
          >
            <X aria-hidden className="h-3 w-3" />
          </button>
        </span>
      ))}
      <input
        id={id}
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        disabled={value.length >= MAX_TAGS}
        placeholder={value.length ? "" : t("tagsPlaceholder")}
        className="min-w-28 flex-1 bg-transparent px-1 text-sm outline-none placeholder:text-slate-400"
        onChange={(e) => {
          if (e.target.value.includes(",")) add(e.target.value);
          else setDraft(e.target.value);
        }}
        onBlur={() => draft.trim() && add(draft)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && draft.trim()) {
            e.preventDefault();
            add(draft);
          } else if (e.key === "Backspace" && !draft && value.length) {
            e.preventDefault();
            setDraft(value[value.length - 1]);
            onChange(value.slice(0, -1));
          }
        }}
      />
    </div>
  );
}
