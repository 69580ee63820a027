"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/input";

/** The Russian and English names every admin-managed thing has; the first field takes the focus on open. */
export function NameFields({
  idPrefix,
  nameRu,
  nameEn,
  errors,
}: {
  idPrefix: string;
  nameRu?: string;
  nameEn?: string;
  errors: Record<string, string>;
}) {
  const t = useTranslations("adminPages.common");
  const ru = `${idPrefix}-nameRu`;
  const en = `${idPrefix}-nameEn`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id={ru} label={t("nameRu")} error={errors.nameRu}>
        <TextInput name="nameRu" defaultValue={nameRu} lang="ru" autoFocus maxLength={200} {...describedBy(ru, errors.nameRu)} />
      </Field>
      <Field id={en} label={t("nameEn")} error={errors.nameEn}>
        <TextInput name="nameEn" defaultValue={nameEn} lang="en" maxLength={200} {...describedBy(en, errors.nameEn)} />
      </Field>
    </div>
  );
}
