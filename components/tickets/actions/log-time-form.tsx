"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/input";
import { logTimeAction } from "@/lib/actions/tickets";
import { ActionForm } from "./action-form";
import { useTicketAction } from "./use-action";

const quick = [15, 30, 60, 120];

/** IT staff log minutes with a note; the common amounts are one click. */
export function LogTimeForm({ ticketId, onClose }: { ticketId: string; onClose: () => void }) {
  const t = useTranslations("ticketActions.logTime");
  const [minutes, setMinutes] = useState("");
  const [note, setNote] = useState("");
  const { pending, error, fields, run, setFields } = useTicketAction();
  const value = Number(minutes);
  const minutesError = fields.minutes ? t("invalid") : null;
  return (
    <ActionForm
      testId="form-logTime"
      title={t("title")}
      submitLabel={t("submit")}
      pending={pending}
      error={error}
      onClose={onClose}
      onSubmit={() => {
        if (!Number.isInteger(value) || value < 1 || value > 24 * 60) return setFields({ minutes: t("invalid") });
        run(() => logTimeAction({ ticketId, minutes: value, note: note.trim() || undefined }), onClose);
      }}
    >
      <Field id="time-minutes" label={t("minutes")} error={minutesError}>
        <div className="flex flex-wrap items-center gap-2">
          <TextInput
            {...describedBy("time-minutes", minutesError)}
            autoFocus
            inputMode="numeric"
            className="w-24"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value.replace(/\D/g, ""))}
          />
          {quick.map((m) => (
            <button
              key={m}
              type="button"
              onClick={() => setMinutes(String(m))}
              className="rounded-md border border-slate-200 px-2 py-1 text-xs text-slate-600 hover:bg-slate-50"
            >
              {t("quick", { n: m })}
            </button>
          ))}
        </div>
      </Field>
      <Field id="time-note" label={t("note")} optional={t("optional")}>
        <TextInput id="time-note" value={note} onChange={(e) => setNote(e.target.value)} placeholder={t("placeholder")} />
      </Field>
    </ActionForm>
  );
}
