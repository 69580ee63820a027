"use client";

import { Sparkles } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useState, useTransition } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { describedBy, Field, FormError } from "@/components/ui/field";
import { TextArea, TextInput } from "@/components/ui/input";
import { Kbd } from "@/components/ui/kbd";
import { createTicketAction } from "@/lib/actions/tickets";
import type { Suggestion } from "@/lib/search/suggest-solutions";
import type { PersonOption } from "@/lib/tickets/queries/find-people";
import { AttachmentPicker } from "./attachment-picker";
import { CategoryPicker } from "./category-picker";
import type { FlatCategory } from "./category-tree";
import { DeflectedNotice, FiledButFiles } from "./new-ticket-outcomes";
import { PeoplePicker } from "./people-picker";
import { Segmented } from "./segmented";
import { newSessionId } from "./self-service-session";
import { SuggestionsPanel } from "./suggestions-panel";
import { type TicketKind, TypeChoice } from "./type-choice";
import { type UploadFailure, uploadAttachments } from "./upload-attachments";
import { useAttachments } from "./use-attachments";
import { useCategoryGuess } from "./use-category-guess";

type Urgency = "low" | "normal" | "high";
type Errors = Partial<Record<"type" | "subject" | "description" | "categoryId" | "urgency" | "requesterId", string>>;

/**
 * Filing a ticket: what happened (type, subject, description), where (category), how urgent, files, and
 * for whom when filing for someone else. Files are uploaded once the ticket exists; then the ticket page.
 */
export function NewTicketForm({ categories, onBehalf, viewerId }: { categories: FlatCategory[]; onBehalf: boolean; viewerId: string }) {
  const t = useTranslations("newTicket");
  const ta = useTranslations("attachments");
  const ts = useTranslations("suggest");
  const router = useRouter();
  const attachments = useAttachments();
  const [type, setType] = useState<TicketKind | null>(null);
  const [subject, setSubject] = useState("");
  const [description, setDescription] = useState("");
  const [urgency, setUrgency] = useState<Urgency>("normal");
  const [requester, setRequester] = useState<PersonOption | null>(null);
  const [shown, setShown] = useState<string[]>([]);
  const [sessionId] = useState(newSessionId);
  const [deflected, setDeflected] = useState<Suggestion | null>(null);
  const locale = useLocale();
  const onShown = useCallback((ids: string[]) => setShown(ids), []);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [stage, setStage] = useState<"idle" | "filing" | "uploading">("idle");
  const [uploadProblems, setUploadProblems] = useState<{ number: string; failures: UploadFailure[] } | null>(null);
  const [, startTransition] = useTransition();

  const { categoryId, guess, choose: chooseCategory } = useCategoryGuess(subject, description, categories);

  // Field messages in the person's language; the server's own text is the fallback.
  const known: Record<keyof Errors, string> = {
    type: t("errors.type"),
    subject: t("errors.subject"),
    description: t("errors.description"),
    categoryId: t("errors.category"),
    urgency: t("errors.urgency"),
    requesterId: t("errors.requester"),
  };

  // A field's error goes away as soon as the person changes that field.
  function edited<T>(key: keyof Errors, set: (value: T) => void) {
    return (value: T) => {
      set(value);
      if (errors[key]) setErrors((current) => ({ ...current, [key]: undefined }));
    };
  }

  function submit() {
    const local: Errors = {};
    if (!type) local.type = known.type;
    if (!subject.trim()) local.subject = known.subject;
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) {
      document.getElementById(local.type ? "type-legend" : "subject")?.focus();
      return;
    }
    setStage("filing");
    startTransition(async () => {
      const result = await createTicketAction({
        type: type!,
        subject,
        description,
        categoryId,
        urgency,
        requesterId: onBehalf && requester ? requester.id : undefined,
        suggestionsShown: shown.length ? shown : undefined,
        sessionId,
      });
      if (!result.ok) {
        setStage("idle");
        const fields = result.fields ?? {};
        const mapped: Errors = {};
        for (const key of Object.keys(fields) as (keyof Errors)[]) mapped[key] = key in known ? known[key] : fields[key];
        setErrors(mapped);
        setFormError(Object.keys(fields).length ? null : result.code === "forbidden" ? t("errors.forbidden") : result.error);
        return;
      }
      const { id, number } = result.data;
      if (attachments.files.length > 0) {
        setStage("uploading");
        const failures = await uploadAttachments(id, attachments.files, {
          tooLarge: (name) => ta("tooLarge", { name }),
          wrongType: (name) => ta("wrongType", { name }),
          failed: (name) => ta("failed", { name }),
        });
        if (failures.length > 0) {
          // The ticket exists: say so plainly, with the way to it, rather than pretend nothing happened.
          setUploadProblems({ number, failures });
          setStage("idle");
          return;
        }
      }
      router.push(`/tickets/${number}`);
    });
  }

  if (deflected) return <DeflectedNotice solution={deflected} onStillNeedHelp={() => setDeflected(null)} />;
  if (uploadProblems) return <FiledButFiles number={uploadProblems.number} failures={uploadProblems.failures} />;

  const busy = stage !== "idle";
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <form
        noValidate
        className="space-y-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
      >
        {onBehalf && (
          <Field id="requester" label={t("onBehalf")} optional={t("optional")} hint={t("onBehalfHint")} error={errors.requesterId}>
            <PeoplePicker
              id="requester"
              scope="requesters"
              value={requester}
              onChange={edited("requesterId", setRequester)}
              exclude={[viewerId]}
              placeholder={t("onBehalfPlaceholder")}
              invalid={Boolean(errors.requesterId)}
              describedBy={errors.requesterId ? "requester-error" : "requester-hint"}
            />
          </Field>
        )}

        <fieldset className="space-y-1.5">
          <legend id="type-legend" tabIndex={-1} className="mb-1.5 text-sm font-medium text-slate-800 outline-none">
            {t("typeLabel")}
          </legend>
          <TypeChoice
            value={type}
            onChange={edited("type", setType)}
            invalid={Boolean(errors.type)}
            describedBy={errors.type ? "type-error" : undefined}
          />
          {errors.type && (
            <p id="type-error" className="text-sm text-red-700" data-testid="error-type">
              {errors.type}
            </p>
          )}
        </fieldset>

        <Field id="subject" label={t("subject")} hint={t("subjectHint")} error={errors.subject}>
          <TextInput
            {...describedBy("subject", errors.subject, true)}
            name="subject"
            maxLength={200}
            value={subject}
            onChange={(e) => edited("subject", setSubject)(e.target.value)}
            placeholder={t("subjectPlaceholder")}
          />
        </Field>

        <Field id="description" label={t("description")} hint={t("descriptionHint")} error={errors.description}>
          <TextArea
            {...describedBy("description", errors.description, true)}
            name="description"
            rows={6}
            maxLength={20_000}
            value={description}
            onChange={(e) => edited("description", setDescription)(e.target.value)}
            onPaste={attachments.onPaste}
            placeholder={t("descriptionPlaceholder")}
          />
        </Field>

        <div className="grid gap-6 sm:grid-cols-2">
          <Field
            id="category"
            label={
              <>
                {t("category")}
                {guess && (
                  <span
                    className="inline-flex items-center gap-1 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-inset ring-amber-200"
                    data-testid="category-suggested"
                    title={locale === "ru" ? guess?.nameRu : guess?.nameEn}
                  >
                    <Sparkles aria-hidden className="h-3 w-3" />
                    {ts("categorySuggested")}
                  </span>
                )}
              </>
            }
            optional={t("optional")}
            hint={t("categoryHint")}
            error={errors.categoryId}
          >
            <CategoryPicker
              id="category"
              categories={categories}
              value={categoryId}
              onChange={edited("categoryId", chooseCategory)}
              invalid={Boolean(errors.categoryId)}
              describedBy={errors.categoryId ? "category-error" : "category-hint"}
            />
          </Field>
          <div className="space-y-1.5">
            <span className="block text-sm font-medium text-slate-800">{t("urgency")}</span>
            <Segmented
              name="urgency"
              label={t("urgency")}
              value={urgency}
              onChange={setUrgency}
              options={(["low", "normal", "high"] as const).map((u) => ({ value: u, label: t(`urgencies.${u}`) }))}
            />
            <p className="text-xs text-slate-500">{t(`urgencyHints.${urgency}`)}</p>
          </div>
        </div>

        <div className="space-y-1.5">
          <span className="block text-sm font-medium text-slate-800">
            {t("files")} <span className="text-xs font-normal text-slate-500">{t("filesHint")}</span>
          </span>
          <AttachmentPicker attachments={attachments} />
        </div>

        <FormError>{formError}</FormError>

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-5">
          <Button type="submit" variant="primary" pending={busy} data-testid="submit-ticket">
            {stage === "uploading" ? t("uploading") : stage === "filing" ? t("filing") : t("submit")}
          </Button>
          <Link href="/portal" className={buttonClass("ghost")}>
            {t("cancel")}
          </Link>
          <span className="ml-auto hidden text-xs text-slate-500 sm:inline">
            <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd> {t("toSubmit")}
          </span>
        </div>
      </form>
      <SuggestionsPanel subject={subject} description={description} sessionId={sessionId} onShown={onShown} onSolved={setDeflected} />
    </div>
  );
}
