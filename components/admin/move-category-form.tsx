"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { moveCategoryAction } from "@/lib/actions/admin";
import type { CategoryOption } from "./category-options";
import { idOrNull } from "./form-values";
import { useActionForm } from "./use-action-form";

/** Moves a category under another parent. Its own subtree is not offered: the tree must stay a tree. */
export function MoveCategoryForm({
  categoryId,
  parentId,
  options,
  onDone,
}: {
  categoryId: string;
  parentId: string | null;
  options: CategoryOption[];
  onDone: () => void;
}) {
  const t = useTranslations("adminPages");
  const { formRef, pending, errors, status, submit } = useActionForm();
  const id = `move-${categoryId}`;
  const allowed = options.filter((o) => o.id !== categoryId && !o.path.includes(categoryId));

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit(() => moveCategoryAction({ categoryId, parentId: idOrNull(form, "parentId") }), onDone);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} className="flex flex-wrap items-end gap-3 border-t border-slate-200 pt-4" noValidate>
      <Field id={id} label={t("categories.moveTo")} hint={t("categories.moveHint")} error={errors.parentId} className="min-w-72 flex-1">
        <Select name="parentId" defaultValue={parentId ?? ""} {...describedBy(id, errors.parentId, true)}>
          <option value="">{t("categories.topLevel")}</option>
          {allowed.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className="pb-6">
        <Button type="submit" pending={pending}>
          {t("categories.move")}
        </Button>
        {status?.kind === "error" && !errors.parentId && <span className="ml-2 text-sm text-red-700">{status.text}</span>}
      </div>
    </form>
  );
}
