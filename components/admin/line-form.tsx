"use client";

import { useTranslations } from "next-intl";
import { Checkbox } from "@/components/ui/input";
import { createLineAction, updateLineAction } from "@/lib/actions/admin";
import type { LineRow } from "@/lib/admin/lines/list-lines";
import type { PersonOption } from "@/lib/admin/list-options";
import { FormFooter } from "./form-footer";
import { all, text } from "./form-values";
import { NameFields } from "./name-fields";
import { useActionForm } from "./use-action-form";
import { closeOnEscape } from "./use-editing";

/** A new line, or an existing one's names and members (ticked from the active IT staff). */
export function LineForm({ line, staff, onDone }: { line?: LineRow; staff: PersonOption[]; onDone: () => void }) {
  const t = useTranslations("adminPages");
  const { formRef, pending, errors, status, submit } = useActionForm();
  const prefix = `line-${line?.id ?? "new"}`;
  // Members who have since left stay listed (and ticked) until the admin unticks them.
  const departed = (line?.members ?? []).filter((m) => !staff.some((s) => s.id === m.id));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = { nameRu: text(form, "nameRu"), nameEn: text(form, "nameEn"), memberIds: all(form, "memberIds") };
    submit(() => (line ? updateLineAction({ lineId: line.id, ...fields }) : createLineAction(fields)), onDone);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} onKeyDown={closeOnEscape(onDone)} className="space-y-4" noValidate>
      <NameFields idPrefix={prefix} nameRu={line?.nameRu} nameEn={line?.nameEn} errors={errors} />
      <fieldset aria-describedby={errors.memberIds ? `${prefix}-members-error` : `${prefix}-members-hint`}>
        <legend className="text-sm font-medium text-slate-800">{t("lines.members")}</legend>
        <p id={`${prefix}-members-hint`} className="mb-2 text-xs text-slate-500">
          {t("common.staffOnly")}
        </p>
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {staff.map((s) => (
            <Checkbox key={s.id} name="memberIds" value={s.id} defaultChecked={line?.members.some((m) => m.id === s.id)} label={s.name} />
          ))}
          {departed.map((m) => (
            <Checkbox
              key={m.id}
              name="memberIds"
              value={m.id}
              defaultChecked
              label={
                <span className="text-slate-500">
                  {m.name} ({t("lines.left")})
                </span>
              }
            />
          ))}
        </div>
        {errors.memberIds && (
          <p id={`${prefix}-members-error`} className="mt-2 text-sm text-red-700">
            {errors.memberIds}
          </p>
        )}
      </fieldset>
      <FormFooter pending={pending} status={status} label={line ? undefined : t("common.create")} onCancel={onDone} />
    </form>
  );
}
