"use client";

import { clsx } from "clsx";
import { Package, Wrench } from "lucide-react";
import { useTranslations } from "next-intl";

export type TicketKind = "incident" | "request";

/** Incident or request as two big choices: real radio buttons, so arrows and Tab work as people expect. */
export function TypeChoice({
  value,
  onChange,
  invalid,
  describedBy,
}: {
  value: TicketKind | null;
  onChange: (v: TicketKind) => void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const t = useTranslations("newTicket");
  const choices = [
    { value: "incident" as const, icon: Wrench, title: t("incident"), hint: t("incidentHint") },
    { value: "request" as const, icon: Package, title: t("request"), hint: t("requestHint") },
  ];
  return (
    <div
      role="radiogroup"
      aria-label={t("typeLabel")}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      className="grid gap-3 sm:grid-cols-2"
    >
      {choices.map(({ value: v, icon: Icon, title, hint }) => (
        <label
          key={v}
          className={clsx(
            "flex cursor-pointer gap-3 rounded-xl border bg-white p-4 shadow-sm transition has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500",
            value === v ? "border-brand-500 ring-1 ring-brand-500" : invalid ? "border-red-300" : "border-slate-200 hover:border-slate-300",
          )}
          data-testid={`type-${v}`}
        >
          <input type="radio" name="type" value={v} checked={value === v} onChange={() => onChange(v)} className="sr-only" />
          <span
            className={clsx(
              "flex h-9 w-9 shrink-0 items-center justify-center rounded-lg",
              value === v ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-500",
            )}
          >
            <Icon aria-hidden className="h-5 w-5" />
          </span>
          <span>
            <span className="block font-medium text-slate-900">{title}</span>
            <span className="block text-sm text-slate-500">{hint}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
