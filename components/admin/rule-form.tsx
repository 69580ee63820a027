"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { Checkbox, Select, TextInput } from "@/components/ui/input";
import { createRuleAction, updateRuleAction } from "@/lib/actions/admin";
import { priorities, ticketTypes } from "@/lib/admin/fields";
import type { RuleRow } from "@/lib/admin/rules/list-rules";
import { strategies } from "@/lib/admin/rules/rule-input";
import { FormFooter } from "./form-footer";
import { checked, idOrNull, oneOf, text } from "./form-values";
import type { Named, RuleOptions } from "./rule-options";
import { useActionForm } from "./use-action-form";
import { closeOnEscape } from "./use-editing";

/** A new rule, or an existing one's name, conditions and target. */
export function RuleForm({ rule, options, onDone }: { rule?: RuleRow; options: RuleOptions; onDone: () => void }) {
  const t = useTranslations();
  const { formRef, pending, errors, status, submit } = useActionForm();
  const [target, setTarget] = useState<"specialist" | "line">(rule?.lineId && !rule.assigneeId ? "line" : "specialist");
  const [categoryId, setCategoryId] = useState(rule?.categoryId ?? "");
  const p = `rule-${rule?.id ?? "new"}`;
  // A specialist who has left stays selectable as the current value, so other edits can still be saved.
  const staff: Named[] =
    rule?.assigneeId && !options.staff.some((s) => s.id === rule.assigneeId)
      ? [...options.staff, { id: rule.assigneeId, name: rule.assigneeName ?? "?" }]
      : options.staff;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = {
      name: text(form, "name"),
      categoryId: idOrNull(form, "categoryId"),
      includeSubcategories: checked(form, "includeSubcategories"),
      type: oneOf(form, "type", ticketTypes),
      departmentId: idOrNull(form, "departmentId"),
      priority: oneOf(form, "priority", priorities),
      target,
      assigneeId: idOrNull(form, "assigneeId"),
      lineId: idOrNull(form, "lineId"),
      strategy: oneOf(form, "strategy", strategies) ?? "least_open",
    };
    submit(() => (rule ? updateRuleAction({ ruleId: rule.id, rule: values }) : createRuleAction(values)), onDone);
  }

  const err = (field: string) => errors[field] ?? errors[`rule.${field}`];
  const select = (
    name: string,
    label: string,
    list: Named[],
    value: string | null | undefined,
    anyLabel: string,
    extra?: React.SelectHTMLAttributes<HTMLSelectElement>,
  ) => (
    <Field id={`${p}-${name}`} label={label} error={err(name)}>
      <Select name={name} defaultValue={value ?? ""} {...describedBy(`${p}-${name}`, err(name))} {...extra}>
        <option value="">{anyLabel}</option>
        {list.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} onKeyDown={closeOnEscape(onDone)} className="space-y-5" noValidate>
      <Field id={`${p}-name`} label={t("adminPages.rules.name")} error={err("name")} className="max-w-xl">
        <TextInput name="name" defaultValue={rule?.name} autoFocus maxLength={200} {...describedBy(`${p}-name`, err("name"))} />
      </Field>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-800">{t("adminPages.rules.conditions")}</legend>
        <p className="-mt-2 text-xs text-slate-500">{t("adminPages.rules.conditionsHint")}</p>
        <div className="grid gap-4 md:grid-cols-2">
          <div className="space-y-2">
            {select("categoryId", t("adminPages.rules.category"), options.categories, rule?.categoryId, t("adminPages.rules.anyCategory"), {
              onChange: (e) => setCategoryId(e.target.value),
            })}
            <Checkbox
              name="includeSubcategories"
              defaultChecked={rule?.includeSubcategories ?? true}
              disabled={!categoryId}
              label={t("adminPages.rules.includeSubcategories")}
            />
          </div>
          {select(
            "departmentId",
            t("adminPages.rules.department"),
            options.departments,
            rule?.departmentId,
            t("adminPages.rules.anyDepartment"),
          )}
          {select(
            "type",
            t("adminPages.rules.type"),
            ticketTypes.map((x) => ({ id: x, name: t(`type.${x}`) })),
            rule?.type,
            t("adminPages.rules.anyType"),
          )}
          {select(
            "priority",
            t("adminPages.rules.priority"),
            [...priorities].reverse().map((x) => ({ id: x, name: t(`priority.${x}`) })),
            rule?.priority,
            t("adminPages.rules.anyPriority"),
          )}
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-800">{t("adminPages.rules.target")}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["specialist", "line"] as const).map((kind) => (
            <label key={kind} className="inline-flex cursor-pointer items-center gap-2">
              <input
                type="radio"
                name="target"
                value={kind}
                checked={target === kind}
                onChange={() => setTarget(kind)}
                className="h-4 w-4 accent-brand-600"
              />
              {t(`adminPages.rules.${kind}`)}
            </label>
          ))}
        </div>
        {target === "specialist" ? (
          <div className="max-w-md">
            {select("assigneeId", t("adminPages.rules.specialistField"), staff, rule?.assigneeId, t("adminPages.rules.choose"))}
          </div>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {select("lineId", t("adminPages.rules.lineField"), options.lines, rule?.lineId, t("adminPages.rules.choose"))}
            <fieldset>
              <legend className="mb-1.5 text-sm font-medium text-slate-800">{t("adminPages.rules.strategy")}</legend>
              <div className="space-y-1.5 text-sm">
                {strategies.map((s) => (
                  <label key={s} className="flex cursor-pointer items-center gap-2">
                    <input
                      type="radio"
                      name="strategy"
                      value={s}
                      defaultChecked={(rule?.strategy ?? "least_open") === s}
                      className="h-4 w-4 accent-brand-600"
                    />
                    {t(`adminPages.rules.${s}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        )}
      </fieldset>

      <FormFooter pending={pending} status={status} label={rule ? undefined : t("adminPages.common.create")} onCancel={onDone} />
    </form>
  );
}
