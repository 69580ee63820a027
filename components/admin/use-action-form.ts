"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/guards";

export type FormStatus = { kind: "saved" | "error"; text: string } | null;

/**
 * The state of one admin form: pending while its server action runs, then either "saved" or the errors.
 * Field errors from lib/admin are keys of adminPages.errors (so they read well in both languages); any
 * other text (e.g. from the guard) is shown as it came. After a failed save the first invalid field gets
 * the focus, so a keyboard user lands where the fix is needed.
 */
export function useActionForm() {
  const t = useTranslations("adminPages");
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<FormStatus>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [errors]);

  function submit<T>(call: () => Promise<ActionResult<T>>, onSaved?: (data: T) => void) {
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        setErrors({});
        setStatus({ kind: "saved", text: t("common.saved") });
        onSaved?.(result.data);
        return;
      }
      const translated = Object.fromEntries(
        Object.entries(result.fields ?? {}).map(([field, code]) => [field, t.has(`errors.${code}`) ? t(`errors.${code}`) : code]),
      );
      setErrors(translated);
      setStatus({ kind: "error", text: result.error });
    });
  }

  return { formRef, pending, errors, status, submit };
}
