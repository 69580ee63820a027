"use client";

import { clsx } from "clsx";
import { Star } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** 1–5 stars as a radio group: arrows change the rating, hovering previews it. */
export function StarRating({ value, onChange, label }: { value: number | null; onChange: (n: number) => void; label: string }) {
  const t = useTranslations("ticketActions.confirm");
  const [hover, setHover] = useState<number | null>(null);
  const shown = hover ?? value ?? 0;
  return (
    <div className="flex items-center gap-3">
      <div role="radiogroup" aria-label={label} className="flex" onMouseLeave={() => setHover(null)} data-testid="rating">
        {[1, 2, 3, 4, 5].map((n) => (
          <label
            key={n}
            className="cursor-pointer rounded p-0.5 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500"
            onMouseEnter={() => setHover(n)}
          >
            <input
              type="radio"
              name="rating"
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              className="sr-only"
              aria-label={t("stars", { n })}
            />
            <Star
              aria-hidden
              className={clsx(
                "h-7 w-7 transition-colors",
                n <= shown ? "fill-amber-400 text-amber-400" : "fill-transparent text-slate-300",
              )}
            />
          </label>
        ))}
      </div>
      <span className="text-sm text-slate-500">{shown ? t(`ratingWords.${shown}`) : ""}</span>
    </div>
  );
}

/** A given rating, read-only. */
export function Stars({ n }: { n: number }) {
  return (
    <span className="inline-flex" aria-label={`${n}/5`}>
      {[1, 2, 3, 4, 5].map((i) => (
        <Star
          key={i}
          aria-hidden
          className={clsx("h-4 w-4", i <= n ? "fill-amber-400 text-amber-400" : "fill-transparent text-slate-300")}
        />
      ))}
    </span>
  );
}
