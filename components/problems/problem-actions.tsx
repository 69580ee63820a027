"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { Checkbox, TextArea, TextInput } from "@/components/ui/input";
import {
  closeProblemAction,
  knownErrorAction,
  linkProblemTicketAction,
  logProblemTimeAction,
  resolveProblemAction,
  rootCauseAction,
} from "@/lib/actions/problems";
import type { ActionResult } from "@/lib/auth/guards";
import type { ProblemAction } from "@/lib/problems/transitions";

type Form = "rootCause" | "knownError" | "resolve" | "link" | "logTime";
const forms: { form: Form; action: ProblemAction }[] = [
  { form: "rootCause", action: "update" },
  { form: "knownError", action: "knownError" },
  { form: "resolve", action: "resolve" },
  { form: "link", action: "link" },
  { form: "logTime", action: "logTime" },
];

/** Exactly the actions the server says this viewer may take now; each opens its small form below the buttons. */
export function ProblemActions({
  problemId,
  actions,
  rootCause,
  workaround,
}: {
  problemId: string;
  actions: ProblemAction[];
  rootCause: string | null;
  workaround: string | null;
}) {
  const t = useTranslations("problems.actions");
  const router = useRouter();
  const [open, setOpen] = useState<Form | null>(null);
  const [text, setText] = useState("");
  const [second, setSecond] = useState("");
  const [flag, setFlag] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (work: () => Promise<ActionResult<null>>) =>
    startTransition(async () => {
      const result = await work();
      if (!result.ok) return setError(Object.values(result.fields ?? {})[0] ?? result.error);
      setOpen(null);
      setError(null);
      router.refresh();
    });
  const show = (form: Form) => {
    setOpen(open === form ? null : form);
    setError(null);
    setText(form === "rootCause" ? (rootCause ?? "") : form === "knownError" ? (workaround ?? "") : "");
    setSecond(form === "knownError" ? (rootCause ?? "") : "");
    setFlag(form === "resolve");
  };
  const submit = () => {
    if (open === "rootCause") run(() => rootCauseAction({ problemId, rootCause: text }));
    if (open === "knownError")
      run(() => knownErrorAction({ problemId, workaround: text, rootCause: second || undefined, workaroundPublic: flag }));
    if (open === "resolve") run(() => resolveProblemAction({ problemId, solution: text, resolveTickets: flag }));
    if (open === "link") run(() => linkProblemTicketAction({ problemId, ticketId: text }));
    if (open === "logTime") run(() => logProblemTimeAction({ problemId, minutes: Number(text), note: second || undefined }));
  };

  return (
    <div data-testid="problem-actions">
      <div className="flex flex-wrap gap-2">
        {forms
          .filter((f) => actions.includes(f.action))
          .map(({ form }) => (
            <Button
              key={form}
              variant={form === "resolve" ? "success" : "secondary"}
              size="sm"
              onClick={() => show(form)}
              aria-expanded={open === form}
            >
              {t(`${form}.button`)}
            </Button>
          ))}
        {actions.includes("close") && (
          <Button size="sm" variant="primary" pending={pending} onClick={() => run(() => closeProblemAction({ problemId }))}>
            {t("close")}
          </Button>
        )}
      </div>
      {open === null && error && <FormError>{error}</FormError>}
      {open && (
        <form
          className="mt-3 space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          data-testid={`problem-form-${open}`}
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") setOpen(null);
          }}
        >
          <Field id={`problem-${open}`} label={t(`${open}.field`)}>
            {open === "link" || open === "logTime" ? (
              <TextInput
                id={`problem-${open}`}
                autoFocus
                value={text}
                onChange={(e) => setText(e.target.value)}
                inputMode={open === "logTime" ? "numeric" : undefined}
              />
            ) : (
              <TextArea id={`problem-${open}`} autoFocus rows={3} value={text} onChange={(e) => setText(e.target.value)} />
            )}
          </Field>
          {(open === "knownError" || open === "logTime") && (
            <Field id={`problem-${open}-second`} label={t(`${open}.second`)}>
              <TextInput id={`problem-${open}-second`} value={second} onChange={(e) => setSecond(e.target.value)} />
            </Field>
          )}
          {(open === "knownError" || open === "resolve") && (
            <Checkbox label={t(`${open}.flag`)} checked={flag} onChange={(e) => setFlag(e.target.checked)} />
          )}
          {error && <FormError>{error}</FormError>}
          <div className="flex gap-2">
            <Button type="submit" variant="primary" size="sm" pending={pending}>
              {t("submit")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setOpen(null)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
