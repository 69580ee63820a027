"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { TextInput } from "@/components/ui/input";
import { createProblemAction, dismissSuggestedProblemAction, linkProblemTicketAction } from "@/lib/actions/problems";
import type { ActionResult } from "@/lib/auth/guards";

type Form = "link" | "create";

/**
 * The ticket page's problem actions for IT staff: link the suggested problem in one click, link another by its
 * number, or open a new problem from this ticket. The server actions check every permission again.
 */
export function TicketProblemActions({
  ticketId,
  subject,
  suggested,
}: {
  ticketId: string;
  subject: string;
  suggested: { id: string; number: string } | null;
}) {
  const t = useTranslations("problems.box");
  const router = useRouter();
  const [open, setOpen] = useState<Form | null>(null);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = <T,>(work: () => Promise<ActionResult<T>>, then: (data: T) => void) =>
    startTransition(async () => {
      const result = await work();
      if (!result.ok) return setError(Object.values(result.fields ?? {})[0] ?? result.error);
      setError(null);
      setOpen(null);
      then(result.data);
    });
  const show = (form: Form) => {
    setOpen(open === form ? null : form);
    setText(form === "create" ? subject : "");
    setError(null);
  };
  const link = (problemId: string) =>
    run(
      () => linkProblemTicketAction({ problemId, ticketId }),
      () => router.refresh(),
    );

  return (
    <div className="space-y-3" data-testid="ticket-problem-actions">
      <div className="flex flex-col gap-2">
        {suggested && (
          <Button
            variant="primary"
            size="sm"
            pending={pending && open === null}
            onClick={() => link(suggested.id)}
            data-testid="link-suggested"
          >
            {t("link", { number: suggested.number })}
          </Button>
        )}
        {suggested && (
          <Button
            size="sm"
            variant="ghost"
            onClick={() =>
              run(
                () => dismissSuggestedProblemAction({ ticketId }),
                () => router.refresh(),
              )
            }
            data-testid="dismiss-suggested"
          >
            {t("notThisProblem")}
          </Button>
        )}
        <Button size="sm" onClick={() => show("link")} aria-expanded={open === "link"}>
          {t("linkOther")}
        </Button>
        <Button size="sm" onClick={() => show("create")} aria-expanded={open === "create"}>
          {t("newProblem")}
        </Button>
      </div>
      {open && (
        <form
          className="space-y-2"
          data-testid={`ticket-problem-${open}`}
          onSubmit={(e) => {
            e.preventDefault();
            if (open === "link") link(text.trim());
            else
              run(
                () => createProblemAction({ title: text, ticketIds: [ticketId] }),
                (problem) => router.push(`/problems/${problem.number}`),
              );
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") setOpen(null);
          }}
        >
          <Field id={`ticket-problem-${open}-field`} label={open === "link" ? t("linkField") : t("newTitle")}>
            <TextInput id={`ticket-problem-${open}-field`} autoFocus required value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant="primary" size="sm" pending={pending}>
              {open === "link" ? t("save") : t("create")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setOpen(null)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
      {error && <FormError>{error}</FormError>}
    </div>
  );
}
