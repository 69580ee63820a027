"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { createCategoryAction, updateCategoryAction } from "@/lib/actions/admin";
import type { CategoryRow } from "@/lib/admin/categories/list-categories";
import { priorities } from "@/lib/admin/fields";
import type { PersonOption } from "@/lib/admin/list-options";
import { FormFooter } from "./form-footer";
import { idOrNull, oneOf, text } from "./form-values";
import { NameFields } from "./name-fields";
import { useActionForm } from "./use-action-form";
import { closeOnEscape } from "./use-editing";

/**
 * A new category under `parentId` (null: top level), or an existing one's names, default priority and
 * default assignee. A new subcategory starts with its parent's defaults, the likely choice.
 */
export function CategoryForm({
  category,
  parent,
  staff,
  onDone,
}: {
  category?: CategoryRow;
  parent?: CategoryRow | null;
  staff: PersonOption[];
  onDone: () => void;
}) {
  const t = useTranslations();
  const { formRef, pending, errors, status, submit } = useActionForm();
  const prefix = `category-${category?.id ?? `new-${parent?.id ?? "root"}`}`;
  const defaults = category ?? parent;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = {
      nameRu: text(form, "nameRu"),
      nameEn: text(form, "nameEn"),
      defaultPriority: oneOf(form, "defaultPriority", priorities) ?? "normal",
      defaultAssigneeId: idOrNull(form, "defaultAssigneeId"),
    };
    submit(
      () =>
        category
          ? updateCategoryAction({ categoryId: category.id, ...fields })
          : createCategoryAction({ parentId: parent?.id ?? null, ...fields }),
      onDone,
    );
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} onKeyDown={closeOnEscape(onDone)} className="space-y-4" noValidate>
      <NameFields idPrefix={prefix} nameRu={category?.nameRu} nameEn={category?.nameEn} errors={errors} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${prefix}-priority`} label={t("adminPages.categories.defaultPriority")} error={errors.defaultPriority}>
          <Select
            name="defaultPriority"
            defaultValue={defaults?.defaultPriority ?? "normal"}
            {...describedBy(`${prefix}-priority`, errors.defaultPriority)}
          >
            {priorities.map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id={`${prefix}-assignee`}
          label={t("adminPages.categories.defaultAssignee")}
          error={errors.defaultAssigneeId}
          hint={t("adminPages.common.staffOnly")}
        >
          <Select
            name="defaultAssigneeId"
            defaultValue={defaults?.defaultAssigneeId ?? ""}
            {...describedBy(`${prefix}-assignee`, errors.defaultAssigneeId, true)}
          >
            <option value="">{t("adminPages.categories.noAssignee")}</option>
            {/* Someone who has left stays selectable as the current value, so saving other fields does not fail. */}
            {category?.defaultAssigneeId && !staff.some((s) => s.id === category.defaultAssigneeId) && (
              <option value={category.defaultAssigneeId}>{category.defaultAssigneeName}</option>
            )}
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <FormFooter pending={pending} status={status} label={category ? undefined : t("adminPages.common.create")} onCancel={onDone} />
    </form>
  );
}
