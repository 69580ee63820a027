"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/input";
import { priorityAction } from "@/lib/actions/tickets";
import { Segmented } from "../segmented";
import { ActionForm } from "./action-form";
import { useTicketAction } from "./use-action";

type Priority = "low" | "normal" | "high" | "critical";

/** The dispatcher overrides the priority; the reason stays in the history. */
export function PriorityForm({ ticketId, current, onClose }: { ticketId: string; current: Priority; onClose: () => void }) {
  const t = useTranslations("ticketActions.setPriority");
  const tp = useTranslations("priority");
  const [priority, setPriority] = useState<Priority>(current);
  const [reason, setReason] = useState("");
  const { pending, error, fields, run, setFields } = useTicketAction();
  const reasonError = fields.reason ? (reason.trim() ? fields.reason : t("required")) : null;
  return (
    <ActionForm
      testId="form-setPriority"
      title={t("title")}
      hint={t("hint")}
      submitLabel={t("submit")}
      pending={pending}
      error={error}
      onClose={onClose}
      onSubmit={() => {
        if (priority === current) return setFields({ reason: reason.trim() ? t("same") : t("required") });
        if (!reason.trim()) return setFields({ reason: t("required") });
        run(() => priorityAction({ ticketId, priority, reason }), onClose);
      }}
    >
      <Segmented
        name="priority"
        label={t("field")}
        value={priority}
        onChange={setPriority}
        options={(["low", "normal", "high", "critical"] as const).map((p) => ({ value: p, label: tp(p) }))}
      />
      <Field id="priority-reason" label={t("reason")} error={reasonError}>
        <TextArea
          {...describedBy("priority-reason", reasonError)}
          autoFocus
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t("placeholder")}
        />
      </Field>
    </ActionForm>
  );
}
