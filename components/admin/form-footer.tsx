"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { FormStatus } from "./use-action-form";

/** The submit button of an admin form, with the outcome of the last save beside it. */
export function FormFooter({
  pending,
  status,
  label,
  onCancel,
}: {
  pending: boolean;
  status: FormStatus;
  label?: string;
  onCancel?: () => void;
}) {
  const t = useTranslations("adminPages.common");
  return (
    <div className="flex flex-wrap items-center gap-3 pt-1">
      <Button type="submit" variant="primary" pending={pending}>
        {label ?? t("save")}
      </Button>
      {onCancel && (
        <Button variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
      )}
      <span role="status" aria-live="polite" className={status?.kind === "error" ? "text-sm text-red-700" : "text-sm text-emerald-700"}>
        {!pending && status?.text}
      </span>
    </div>
  );
}
