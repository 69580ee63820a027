"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { resolveAction } from "@/app/(app)/tickets/actions";
import { describedBy, Field } from "@/components/ui/field";
import { Checkbox, TextArea } from "@/components/ui/input";
import { onSolutionProposed, peekProposal, takeProposal } from "../solution-proposal";
import { ActionForm } from "./action-form";
import { useTicketAction } from "./use-action";

/** The solution, and whether it may be suggested to others with the same problem (on by default). */
export function ResolveForm({ ticketId, onClose }: { ticketId: string; onClose: () => void }) {
  const t = useTranslations("ticketActions.resolve");
  // Opened by "Use this solution": start from the proposed text; later proposals are appended.
  const [solution, setSolution] = useState(() => peekProposal() ?? "");
  useEffect(() => {
    takeProposal();
    return onSolutionProposed(() => {
      const text = takeProposal();
      if (text) setSolution((current) => (current.trim() ? `${current.trim()}\n\n${text}` : text));
    });
  }, []);
  const [shareable, setShareable] = useState(true);
  const { pending, error, fields, run, setFields } = useTicketAction();
  const fieldError = fields.solution ? (solution.trim() ? fields.solution : t("required")) : null;
  return (
    <ActionForm
      testId="form-resolve"
      title={t("title")}
      hint={t("hint")}
      submitLabel={t("submit")}
      submitVariant="success"
      pending={pending}
      error={error}
      onClose={onClose}
      onSubmit={() => {
        if (!solution.trim()) return setFields({ solution: t("required") });
        run(() => resolveAction({ ticketId, solution, shareable }), onClose);
      }}
    >
      <Field id="resolve-solution" label={t("field")} error={fieldError}>
        <TextArea {...describedBy("resolve-solution", fieldError)} autoFocus rows={5} value={solution} onChange={(e) => setSolution(e.target.value)} placeholder={t("placeholder")} />
      </Field>
      <div>
        <Checkbox label={t("shareable")} checked={shareable} onChange={(e) => setShareable(e.target.checked)} data-testid="shareable" />
        <p className="mt-1 pl-6 text-xs text-slate-500">{t("shareableHint")}</p>
      </div>
    </ActionForm>
  );
}
