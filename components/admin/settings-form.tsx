"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field } from "@/components/ui/field";
import { Checkbox, Select, TextInput } from "@/components/ui/input";
import { updateSettingsAction } from "@/lib/actions/admin";
import type { DirectoryDescription } from "@/lib/auth/directory/describe-directory";
import type { MailboxState } from "@/lib/mailin/mailbox-status";
import type { Settings } from "@/lib/settings/settings";
import { DirectorySettings, parseGroupRoles } from "./directory-settings";
import { FormFooter } from "./form-footer";
import { all, numberOrNull, text } from "./form-values";
import { MailinSettings } from "./mailin-settings";
import { useActionForm } from "./use-action-form";

const hours = Array.from({ length: 25 }, (_, h) => h);
const mondayFirst = [1, 2, 3, 4, 5, 6, 0];

/** Desk-wide settings, in groups; one save writes (and audits) only what changed. */
export function SettingsForm({
  settings,
  timeZones,
  mailboxes,
  directory,
  directoryDescription,
}: {
  settings: Settings;
  timeZones: string[];
  mailboxes: MailboxState[];
  directory: "off" | "ok" | "down";
  directoryDescription: DirectoryDescription;
}) {
  const t = useTranslations("adminPages");
  const { formRef, pending, errors, status, submit } = useActionForm();
  const bh = settings.businessHours;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit(() =>
      updateSettingsAction({
        autoCloseDays: numberOrNull(form, "autoCloseDays") as number,
        slaWarnMinutes: numberOrNull(form, "slaWarnMinutes") as number,
        defaultHourlyCost: numberOrNull(form, "defaultHourlyCost") as number,
        currency: text(form, "currency"),
        sessionHours: numberOrNull(form, "sessionHours") as number,
        businessHours: {
          startHour: Number(text(form, "startHour")),
          endHour: Number(text(form, "endHour")),
          weekdays: all(form, "weekdays").map(Number),
          timeZone: text(form, "timeZone"),
        },
        mailinUnknownSenders: {
          mode: text(form, "mailinMode") === "create" ? "create" : "refuse",
          domains: text(form, "mailinDomains")
            .split(/[\s,;]+/)
            .filter(Boolean),
        },
        directoryGroupRoles: parseGroupRoles(text(form, "directoryGroupRoles")),
      }),
    );
  }

  const number = (
    name: "autoCloseDays" | "slaWarnMinutes" | "defaultHourlyCost" | "sessionHours",
    label: string,
    hint: string,
    unit?: string,
  ) => (
    <Field id={name} label={label} hint={hint} error={errors[name]}>
      <div className="flex items-center gap-2">
        <span className="w-32">
          <TextInput
            name={name}
            inputMode="numeric"
            defaultValue={settings[name]}
            className="text-right tabular-nums"
            {...describedBy(name, errors[name], true)}
          />
        </span>
        {unit && <span className="text-sm text-slate-500">{unit}</span>}
      </div>
    </Field>
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} className="max-w-3xl space-y-5" noValidate>
      <Group title={t("settings.tickets")}>
        {number("autoCloseDays", t("settings.autoCloseDays"), t("settings.autoCloseHint"), t("settings.days"))}
      </Group>
      <Group title={t("settings.security")}>
        {number("sessionHours", t("settings.sessionHours"), t("settings.sessionHoursHint"), t("settings.hours"))}
      </Group>
      <Group title={t("settings.sla")}>
        {number("slaWarnMinutes", t("settings.slaWarnMinutes"), t("settings.slaWarnHint"), t("settings.minutes"))}
      </Group>

      <Group title={t("settings.businessHours")} hint={t("settings.businessHoursHint")}>
        <div className="grid gap-4 sm:grid-cols-3">
          {(["startHour", "endHour"] as const).map((name) => (
            <Field
              key={name}
              id={name}
              label={t(name === "startHour" ? "settings.start" : "settings.end")}
              error={errors[`businessHours.${name}`]}
            >
              <Select name={name} defaultValue={bh[name]} {...describedBy(name, errors[`businessHours.${name}`])}>
                {hours
                  .filter((h) => (name === "startHour" ? h < 24 : h > 0))
                  .map((h) => (
                    <option key={h} value={h}>
                      {String(h).padStart(2, "0")}:00
                    </option>
                  ))}
              </Select>
            </Field>
          ))}
          <Field id="timeZone" label={t("settings.timeZone")} error={errors["businessHours.timeZone"]}>
            <Select name="timeZone" defaultValue={bh.timeZone} {...describedBy("timeZone", errors["businessHours.timeZone"])}>
              {timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <fieldset className="mt-4" aria-describedby={errors["businessHours.weekdays"] ? "weekdays-error" : undefined}>
          <legend className="mb-1.5 text-sm font-medium text-slate-800">{t("settings.weekdays")}</legend>
          <div className="flex flex-wrap gap-4">
            {mondayFirst.map((day) => (
              <Checkbox
                key={day}
                name="weekdays"
                value={day}
                defaultChecked={bh.weekdays.includes(day)}
                aria-invalid={errors["businessHours.weekdays"] ? true : undefined}
                label={t(`weekdays.${day}`)}
              />
            ))}
          </div>
          {errors["businessHours.weekdays"] && (
            <p id="weekdays-error" className="mt-1.5 text-sm text-red-700">
              {errors["businessHours.weekdays"]}
            </p>
          )}
        </fieldset>
      </Group>

      <Group title={t("settings.costs")}>
        {number("defaultHourlyCost", t("settings.defaultHourlyCost"), t("settings.defaultHourlyCostHint"), settings.currency)}
        <Field id="currency" label={t("settings.currency")} hint={t("settings.currencyHint")} error={errors.currency}>
          <span className="block w-32">
            <TextInput
              name="currency"
              defaultValue={settings.currency}
              maxLength={3}
              className="uppercase"
              {...describedBy("currency", errors.currency, true)}
            />
          </span>
        </Field>
      </Group>

      <Group title={t("settings.mailin")} hint={t("settings.mailinHint")}>
        <MailinSettings mailboxes={mailboxes} policy={settings.mailinUnknownSenders} errors={errors} />
      </Group>

      <Group title={t("settings.directory")} hint={t("settings.directoryHint")}>
        <DirectorySettings status={directory} description={directoryDescription} mapping={settings.directoryGroupRoles} errors={errors} />
      </Group>

      <FormFooter pending={pending} status={status} />
    </form>
  );
}

function Group({ title, hint, children }: { title: string; hint?: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</h2>
      {hint && <p className="mt-0.5 text-xs text-slate-500">{hint}</p>}
      <div className="mt-3">{children}</div>
    </section>
  );
}
