"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { Select, TextArea } from "@/components/ui/input";
import { escalateAction } from "@/lib/actions/tickets";
import type { PersonOption } from "@/lib/tickets/queries/find-people";
import { PeoplePicker } from "../people-picker";
import { ActionForm } from "./action-form";
import { useTicketAction } from "./use-action";

export type LineOption = { id: string; name: string };

/** Hand the ticket to another specialist, or to a line (its least-loaded member takes it), with a reason. */
export function EscalateForm({
  ticketId,
  assigneeId,
  lines,
  onClose,
}: {
  ticketId: string;
  assigneeId: string | null;
  lines: LineOption[];
  onClose: () => void;
}) {
  const t = useTranslations("ticketActions.escalate");
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [lineId, setLineId] = useState("");
  const [reason, setReason] = useState("");
  const { pending, error, fields, run, setFields } = useTicketAction();
  const targetError =
    fields.assigneeId || fields.lineId ? (person || lineId ? (fields.assigneeId ?? fields.lineId) : t("targetRequired")) : null;
  const reasonError = fields.reason ? (reason.trim() ? fields.reason : t("required")) : null;
  return (
    <ActionForm
      testId="form-escalate"
      title={t("title")}
      hint={t("hint")}
      submitLabel={t("submit")}
      pending={pending}
      error={error}
      onClose={onClose}
      onSubmit={() => {
        const missing: Record<string, string> = {};
        if (!person && !lineId) missing.assigneeId = t("targetRequired");
        if (!reason.trim()) missing.reason = t("required");
        if (Object.keys(missing).length) return setFields(missing);
        run(() => escalateAction({ ticketId, assigneeId: person?.id, lineId: lineId || undefined, reason }), onClose);
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="escalate-person" label={t("field")} error={targetError}>
          <PeoplePicker
            id="escalate-person"
            scope="staff"
            value={person}
            onChange={setPerson}
            exclude={assigneeId ? [assigneeId] : []}
            autoFocus
            invalid={Boolean(targetError)}
          />
        </Field>
        {lines.length > 0 && (
          <Field id="escalate-line" label={t("line")} hint={t("lineHint")}>
            <Select id="escalate-line" value={lineId} onChange={(e) => setLineId(e.target.value)}>
              <option value="">—</option>
              {lines.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <Field id="escalate-reason" label={t("reason")} error={reasonError}>
        <TextArea
          {...describedBy("escalate-reason", reasonError)}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t("placeholder")}
        />
      </Field>
    </ActionForm>
  );
}
