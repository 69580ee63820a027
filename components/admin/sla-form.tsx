"use client";

import { useTranslations } from "next-intl";
import { PriorityBadge } from "@/components/tickets/status-badge";
import { Select, TextInput } from "@/components/ui/input";
import { updateSlaPoliciesAction } from "@/lib/actions/admin";
import type { SlaPolicyRow } from "@/lib/admin/sla/list-sla-policies";
import { FormFooter } from "./form-footer";
import { numberOrNull, oneOf } from "./form-values";
import { useActionForm } from "./use-action-form";

/** Hours and minutes typed apart, stored as minutes: null when both are empty, NaN when not numbers. */
function minutesOf(form: FormData, name: string): number | null {
  const h = numberOrNull(form, `${name}-h`);
  const m = numberOrNull(form, `${name}-m`);
  if (h === null && m === null) return null;
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The SLA targets of every priority in one table and one save. */
export function SlaForm({ policies }: { policies: SlaPolicyRow[] }) {
  const t = useTranslations();
  const { formRef, pending, errors, status, submit } = useActionForm();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    submit(() =>
      updateSlaPoliciesAction({
        policies: policies.map((p) => ({
          priority: p.priority,
          responseMinutes: minutesOf(form, `${p.priority}-response`) as number,
          resolutionMinutes: minutesOf(form, `${p.priority}-resolution`) as number,
          calendar: oneOf(form, `${p.priority}-calendar`, ["24x7", "business"] as const) ?? "24x7",
        })),
      }),
    );
  }

  const duration = (p: SlaPolicyRow, i: number, what: "response" | "resolution") => {
    const minutes = what === "response" ? p.responseMinutes : p.resolutionMinutes;
    const error = errors[`policies.${i}.${what}Minutes`];
    const errorId = `${p.priority}-${what}-error`;
    const whatLabel = `${t(`priority.${p.priority}`)} · ${t(`adminPages.sla.${what}`)}`;
    const input = (unit: "h" | "m", value: number) => (
      <label className="inline-flex items-center gap-1">
        <span className="w-20">
          <TextInput
            name={`${p.priority}-${what}-${unit}`}
            inputMode="numeric"
            defaultValue={value}
            className="text-right tabular-nums"
            aria-label={t(unit === "h" ? "adminPages.sla.hoursLabel" : "adminPages.sla.minutesLabel", { what: whatLabel })}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          />
        </span>
        <span className="text-xs text-slate-500">{t(unit === "h" ? "adminPages.sla.hours" : "adminPages.sla.minutes")}</span>
      </label>
    );
    return (
      <td className="px-3 py-2 align-top">
        <div className="flex items-center gap-2">
          {input("h", Math.floor(minutes / 60))}
          {input("m", minutes % 60)}
        </div>
        {error && (
          <p id={errorId} className="mt-1 text-xs text-red-700">
            {error}
          </p>
        )}
      </td>
    );
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" noValidate>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th className="px-3 py-2 font-medium">{t("adminPages.sla.priority")}</th>
              <th className="px-3 py-2 font-medium">{t("adminPages.sla.response")}</th>
              <th className="px-3 py-2 font-medium">{t("adminPages.sla.resolution")}</th>
              <th className="px-3 py-2 font-medium">{t("adminPages.sla.calendar")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {policies.map((p, i) => (
              <tr key={p.priority} data-testid="sla-row">
                <th scope="row" className="px-3 py-2 pt-3.5 text-left align-top font-normal">
                  <PriorityBadge priority={p.priority} />
                  {p.isDefault && <div className="mt-1 text-xs text-slate-500">{t("adminPages.sla.default")}</div>}
                </th>
                {duration(p, i, "response")}
                {duration(p, i, "resolution")}
                <td className="px-3 py-2 align-top">
                  <Select
                    name={`${p.priority}-calendar`}
                    defaultValue={p.calendar}
                    aria-label={`${t(`priority.${p.priority}`)} · ${t("adminPages.sla.calendar")}`}
                    className="min-w-44"
                  >
                    <option value="24x7">{t("adminPages.sla.24x7")}</option>
                    <option value="business">{t("adminPages.sla.business")}</option>
                  </Select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormFooter pending={pending} status={status} />
    </form>
  );
}
