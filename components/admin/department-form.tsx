"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { createDepartmentAction, updateDepartmentAction } from "@/lib/actions/admin";
import type { DepartmentRow } from "@/lib/admin/departments/list-departments";
import type { PersonOption } from "@/lib/admin/list-options";
import { FormFooter } from "./form-footer";
import { idOrNull, text } from "./form-values";
import { NameFields } from "./name-fields";
import { useActionForm } from "./use-action-form";
import { closeOnEscape } from "./use-editing";

/** Creates a department, or renames one and sets its head. */
export function DepartmentForm({ department, people, onDone }: { department?: DepartmentRow; people: PersonOption[]; onDone: () => void }) {
  const t = useTranslations("adminPages");
  const { formRef, pending, errors, status, submit } = useActionForm();
  const prefix = `department-${department?.id ?? "new"}`;
  const inDepartment = department ? people.filter((p) => p.departmentId === department.id) : [];
  const others = department ? people.filter((p) => p.departmentId !== department.id) : people;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = { nameRu: text(form, "nameRu"), nameEn: text(form, "nameEn"), managerId: idOrNull(form, "managerId") };
    submit(
      () => (department ? updateDepartmentAction({ departmentId: department.id, ...fields }) : createDepartmentAction(fields)),
      onDone,
    );
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} onKeyDown={closeOnEscape(onDone)} className="space-y-4 bg-slate-50/70 p-4" noValidate>
      <NameFields idPrefix={prefix} nameRu={department?.nameRu} nameEn={department?.nameEn} errors={errors} />
      <Field
        id={`${prefix}-head`}
        label={t("departments.head")}
        hint={t("departments.headHint")}
        error={errors.managerId}
        className="max-w-md"
      >
        <Select name="managerId" defaultValue={department?.managerId ?? ""} {...describedBy(`${prefix}-head`, errors.managerId, true)}>
          <option value="">{t("departments.noHead")}</option>
          {inDepartment.length > 0 && (
            <optgroup label={t("departments.inDepartment")}>
              {inDepartment.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={t("departments.others")}>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
      <FormFooter pending={pending} status={status} label={department ? undefined : t("common.create")} onCancel={onDone} />
    </form>
  );
}
