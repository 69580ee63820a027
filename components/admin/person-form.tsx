"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field } from "@/components/ui/field";
import { Checkbox, Select, TextInput } from "@/components/ui/input";
import { updatePersonAction } from "@/lib/actions/admin";
import type { PersonDetails } from "@/lib/admin/users/get-person";
import { type Role, roles } from "@/lib/auth/roles";
import { FormFooter } from "./form-footer";
import { all, checked, idOrNull, numberOrNull } from "./form-values";
import { useActionForm } from "./use-action-form";

type Option = { id: string; name: string };

/** An admin edits one person. Their own admin role and their own account cannot be switched off here. */
export function PersonForm({
  person,
  isSelf,
  defaultCost,
  departments,
}: {
  person: PersonDetails;
  isSelf: boolean;
  defaultCost: number;
  departments: Option[];
}) {
  const t = useTranslations();
  const { formRef, pending, errors, status, submit } = useActionForm();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // A disabled checkbox is not submitted: an admin's own admin role and active state are kept as they are.
    const chosen = all(form, "roles") as Role[];
    submit(() =>
      updatePersonAction({
        userId: person.id,
        roles: isSelf && !chosen.includes("admin") ? [...chosen, "admin"] : chosen,
        departmentId: idOrNull(form, "departmentId"),
        vip: checked(form, "vip"),
        hourlyCost: numberOrNull(form, "hourlyCost"),
        active: isSelf ? true : checked(form, "active"),
      }),
    );
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="max-w-3xl space-y-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      noValidate
    >
      <fieldset aria-describedby={errors.roles ? "roles-error" : "roles-hint"}>
        <legend className="text-sm font-medium text-slate-800">{t("adminPages.users.roles")}</legend>
        <p id="roles-hint" className="mb-2 text-xs text-slate-500">
          {isSelf ? t("adminPages.users.ownAdminHint") : t("adminPages.users.rolesHint")}
        </p>
        <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {roles.map((role) => (
            <label key={role} className="flex cursor-pointer items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="roles"
                value={role}
                defaultChecked={person.roles.includes(role)}
                disabled={isSelf && role === "admin"}
                aria-invalid={errors.roles ? true : undefined}
                className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
              />
              <span>
                <span className="block text-slate-800">{t(`roles.${role}`)}</span>
                <span className="block text-xs text-slate-500">{t(`adminPages.users.roleHints.${role}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.roles && (
          <p id="roles-error" className="mt-2 text-sm text-red-700">
            {errors.roles}
          </p>
        )}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="departmentId" label={t("adminPages.users.department")} error={errors.departmentId}>
          <Select name="departmentId" defaultValue={person.departmentId ?? ""} {...describedBy("departmentId", errors.departmentId)}>
            <option value="">{t("adminPages.users.noDepartment")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id="hourlyCost"
          label={t("adminPages.users.hourlyCost")}
          error={errors.hourlyCost}
          hint={t("adminPages.users.hourlyCostHint", { amount: defaultCost })}
        >
          <TextInput
            name="hourlyCost"
            inputMode="numeric"
            defaultValue={person.hourlyCost ?? ""}
            placeholder={String(defaultCost)}
            {...describedBy("hourlyCost", errors.hourlyCost, true)}
          />
        </Field>
      </div>

      <div className="space-y-2">
        <Checkbox name="vip" defaultChecked={person.vip} label={t("adminPages.users.vipLabel")} />
        <div>
          <Checkbox
            name="active"
            defaultChecked={person.active}
            disabled={isSelf}
            aria-invalid={errors.active ? true : undefined}
            aria-describedby={errors.active ? "active-error" : undefined}
            label={t("adminPages.users.activeLabel")}
          />
          {isSelf && <p className="ml-6 text-xs text-slate-500">{t("adminPages.users.ownActiveHint")}</p>}
          {errors.active && (
            <p id="active-error" className="ml-6 text-sm text-red-700">
              {errors.active}
            </p>
          )}
        </div>
      </div>

      <FormFooter pending={pending} status={status} />
    </form>
  );
}
