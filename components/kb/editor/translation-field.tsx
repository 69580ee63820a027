"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { describedBy, Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { ArticleLanguage, TranslationCandidate } from "./types";

type Props = {
  language: ArticleLanguage;
  value: string | null;
  onChange: (id: string | null) => void;
  candidates: TranslationCandidate[];
  error?: string;
};

/** The other-language twin: only articles in the other language are offered; the chosen one can be opened. */
export function TranslationField({ language, value, onChange, candidates, error }: Props) {
  const t = useTranslations("kbWrite.fields");
  const other = candidates.filter((c) => c.language !== language).sort((a, b) => a.title.localeCompare(b.title));
  const linked = candidates.find((c) => c.id === value);
  return (
    <Field id="translationOf" label={t("translationOf")} optional={t("optional")} hint={t("translationHint")} error={error}>
      <Select {...describedBy("translationOf", error, true)} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t("translationNone")}</option>
        {other.map((c) => (
          <option key={c.id} value={c.id} lang={c.language}>
            {c.title}
          </option>
        ))}
      </Select>
      {linked && (
        <p className="text-xs text-slate-600" data-testid="translation-link">
          {t("translationLinked")}:{" "}
          <Link
            href={`/kb/articles/${linked.id}`}
            target="_blank"
            className="font-medium text-brand-700 hover:underline"
            lang={linked.language}
          >
            {linked.title}
          </Link>{" "}
          <span className="text-slate-500">({t(`languages.${linked.language}`)})</span>
        </p>
      )}
    </Field>
  );
}
