"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ButtonVariant } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { TextArea } from "@/components/ui/input";
import type { ActionResult } from "@/lib/auth/guards";
import { ActionForm } from "./action-form";
import { useTicketAction } from "./use-action";

/**
 * An action whose only input is one required text: ask the requester (wait), reject, cancel. `kind`
 * names its messages under ticketActions.<kind>.
 */
export function TextActionForm<F extends string>({
  kind,
  field,
  ticketId,
  action,
  variant = "primary",
  onClose,
}: {
  kind: "wait" | "reject" | "cancel";
  field: F;
  ticketId: string;
  action: (input: { ticketId: string } & Record<F, string>) => Promise<ActionResult<null>>;
  variant?: ButtonVariant;
  onClose: () => void;
}) {
  const t = useTranslations(`ticketActions.${kind}`);
  const [text, setText] = useState("");
  const { pending, error, fields, run, setFields } = useTicketAction();
  const id = `${kind}-${field}`;
  const fieldError = fields[field] ? (text.trim() ? fields[field] : t("required")) : null;

  return (
    <ActionForm
      testId={`form-${kind}`}
      title={t("title")}
      hint={t("hint")}
      submitLabel={t("submit")}
      submitVariant={variant}
      pending={pending}
      error={error}
      onClose={onClose}
      onSubmit={() => {
        if (!text.trim()) return setFields({ [field]: t("required") });
        run(() => action({ ticketId, [field]: text } as { ticketId: string } & Record<F, string>), onClose);
      }}
    >
      <Field id={id} label={t("field")} error={fieldError}>
        <TextArea
          {...describedBy(id, fieldError)}
          autoFocus
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("placeholder")}
        />
      </Field>
    </ActionForm>
  );
}
