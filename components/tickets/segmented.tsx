"use client";

import { clsx } from "clsx";

/** A row of radio buttons that looks like one control: urgency, priority. */
export function Segmented<V extends string>({
  name,
  value,
  options,
  onChange,
  label,
}: {
  name: string;
  value: V;
  options: { value: V; label: string }[];
  onChange: (v: V) => void;
  label: string;
}) {
  return (
    <div role="radiogroup" aria-label={label} className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 shadow-sm">
      {options.map((o) => (
        <label
          key={o.value}
          className={clsx(
            "cursor-pointer rounded-md px-3 py-1.5 text-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500",
            value === o.value ? "bg-brand-600 font-medium text-white" : "text-slate-600 hover:bg-slate-100",
          )}
        >
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            className="sr-only"
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}
