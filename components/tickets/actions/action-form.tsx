"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";

type Props = {
  title: string;
  hint?: string;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  pending: boolean;
  error?: string | null;
  onSubmit: () => void;
  onClose: () => void;
  testId: string;
  children: React.ReactNode;
};

/**
 * The small inline form an action opens: a title, its fields, Submit and Cancel. Esc closes it from
 * anywhere on the page (a picker's open list takes Esc first); Ctrl+Enter submits.
 */
export function ActionForm({
  title,
  hint,
  submitLabel,
  submitVariant = "primary",
  pending,
  error,
  onSubmit,
  onClose,
  testId,
  children,
}: Props) {
  const t = useTranslations("ticketActions");
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);

  return (
    <form
      noValidate
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          onSubmit();
        }
      }}
      className="mt-3 space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-md ring-1 ring-slate-900/5"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 className="font-semibold text-slate-900">{title}</h3>
          {hint && <p className="mt-0.5 text-sm text-slate-500">{hint}</p>}
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label={t("close")}
          className="rounded-md p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
        >
          <X aria-hidden className="h-4 w-4" />
        </button>
      </div>
      {children}
      <FormError>{error}</FormError>
      <div className="flex items-center gap-2">
        <Button type="submit" variant={submitVariant} pending={pending} data-testid={`${testId}-submit`}>
          {submitLabel}
        </Button>
        <Button variant="ghost" onClick={onClose}>
          {t("dismiss")}
        </Button>
      </div>
    </form>
  );
}
