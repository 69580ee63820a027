"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { assignAction } from "@/lib/actions/tickets";
import type { PersonOption } from "@/lib/tickets/queries/find-people";
import { PeoplePicker } from "../people-picker";
import { ActionForm } from "./action-form";
import { useTicketAction } from "./use-action";

/** The dispatcher gives the ticket to a specialist; "Take it myself" is one click. */
export function AssignForm({
  ticketId,
  assigneeId,
  me,
  onClose,
}: {
  ticketId: string;
  assigneeId: string | null;
  me: PersonOption | null;
  onClose: () => void;
}) {
  const t = useTranslations("ticketActions.assign");
  const [person, setPerson] = useState<PersonOption | null>(null);
  const { pending, error, fields, run, setFields } = useTicketAction();
  const fieldError = fields.assigneeId ? (person ? fields.assigneeId : t("required")) : null;
  const submit = (id: string | undefined) => {
    if (!id) return setFields({ assigneeId: t("required") });
    run(() => assignAction({ ticketId, assigneeId: id }), onClose);
  };
  return (
    <ActionForm
      testId="form-assign"
      title={t("title")}
      hint={t("hint")}
      submitLabel={t("submit")}
      pending={pending}
      error={error}
      onClose={onClose}
      onSubmit={() => submit(person?.id)}
    >
      <Field id="assign-person" label={t("field")} error={fieldError}>
        <div className="flex flex-wrap items-start gap-2">
          <div className="min-w-64 flex-1">
            <PeoplePicker
              id="assign-person"
              scope="staff"
              value={person}
              onChange={setPerson}
              exclude={assigneeId ? [assigneeId] : []}
              autoFocus
              invalid={Boolean(fieldError)}
            />
          </div>
          {me && me.id !== assigneeId && (
            <Button onClick={() => submit(me.id)} disabled={pending} data-testid="assign-me">
              {t("me")}
            </Button>
          )}
        </div>
      </Field>
    </ActionForm>
  );
}
