"use client";

import { useCallback, useState, useTransition } from "react";
import { PartyPopper, Sparkles } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { createTicketAction } from "@/lib/actions/tickets";
import { useDebouncedJson } from "@/components/search/use-debounced-json";
import { Button, buttonClass } from "@/components/ui/button";
import { describedBy, Field, FormError } from "@/components/ui/field";
import { TextArea, TextInput } from "@/components/ui/input";
import type { CategorySuggestion } from "@/lib/search/suggest-category";
import type { Suggestion } from "@/lib/search/suggest-solutions";
import { Kbd } from "@/components/ui/kbd";
import type { PersonOption } from "@/lib/tickets/queries/find-people";
import { AttachmentPicker } from "./attachment-picker";
import { CategoryPicker } from "./category-picker";
import type { FlatCategory } from "./category-tree";
import { PeoplePicker } from "./people-picker";
import { Segmented } from "./segmented";
import { SuggestionsPanel, suggestUrl } from "./suggestions-panel";
import { TypeChoice, type TicketKind } from "./type-choice";
import { uploadAttachments, type UploadFailure } from "./upload-attachments";
import { useAttachments } from "./use-attachments";

type Urgency = "low" | "normal" | "high";
/** A guess this unsure is not worth pre-filling: an empty category is better than a wrong one. */
const MIN_CATEGORY_CONFIDENCE = 0.2;

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
  // The category the person chose; until they choose, the one suggested from the text is used (and marked so).
  const [chosenCategory, setChosenCategory] = useState<{ id: string | null } | null>(null);
  const [urgency, setUrgency] = useState<Urgency>("normal");
  const [requester, setRequester] = useState<PersonOption | null>(null);
  const [shown, setShown] = useState<string[]>([]);
  const [deflected, setDeflected] = useState<Suggestion | null>(null);
  const locale = useLocale();
  const onShown = useCallback((ids: string[]) => setShown(ids), []);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [stage, setStage] = useState<"idle" | "filing" | "uploading">("idle");
  const [uploadProblems, setUploadProblems] = useState<{ number: string; failures: UploadFailure[] } | null>(null);
  const [, startTransition] = useTransition();

  const categoryUrl = chosenCategory ? null : suggestUrl(subject, description, "/api/v1/suggest/category");
  const categoryGuess = useDebouncedJson<{ items: CategorySuggestion[] }>(categoryUrl, 400);
  const guess = categoryUrl ? categoryGuess.data?.items.find((c) => c.confidence >= MIN_CATEGORY_CONFIDENCE && categories.some((k) => k.id === c.categoryId)) : undefined;
  const categoryId = chosenCategory ? chosenCategory.id : (guess?.categoryId ?? null);
  const suggestedCategory = !chosenCategory && Boolean(guess);

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

  if (deflected) {
    return (
      <div className="mx-auto max-w-xl rounded-xl border border-emerald-200 bg-emerald-50 p-8 text-center shadow-sm" role="status" data-testid="deflected">
        <PartyPopper aria-hidden className="mx-auto h-10 w-10 text-emerald-600" />
        <h2 className="mt-3 text-lg font-semibold text-emerald-900">{ts("deflectedTitle")}</h2>
        <p className="mt-2 text-sm leading-relaxed text-emerald-900/80">{ts("deflectedText")}</p>
        <p className="mt-3 text-sm">
          <a href={deflected.url} target="_blank" rel="noopener noreferrer" className="font-medium text-emerald-800 underline hover:text-emerald-950">
            {deflected.title}
          </a>
        </p>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <Link href="/portal" className={buttonClass("primary")} data-testid="back-to-portal">
            {ts("backToPortal")}
          </Link>
          <Button variant="ghost" onClick={() => setDeflected(null)}>
            {ts("stillNeedHelp")}
          </Button>
        </div>
      </div>
    );
  }

  if (uploadProblems) {
    return (
      <div className="max-w-2xl rounded-xl border border-amber-200 bg-amber-50 p-6" role="status">
        <h2 className="font-semibold text-amber-900">{t("filedButFiles", { number: uploadProblems.number })}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-amber-900">
          {uploadProblems.failures.map((f) => (
            <li key={f.name}>{f.message}</li>
          ))}
        </ul>
        <Link href={`/tickets/${uploadProblems.number}`} className={buttonClass("primary", "md", "mt-4")}>
          {t("openTicket", { number: uploadProblems.number })}
        </Link>
      </div>
    );
  }

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
          <TypeChoice value={type} onChange={edited("type", setType)} invalid={Boolean(errors.type)} describedBy={errors.type ? "type-error" : undefined} />
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
                {suggestedCategory && (
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
            } optional={t("optional")} hint={t("categoryHint")} error={errors.categoryId}>
            <CategoryPicker
              id="category"
              categories={categories}
              value={categoryId}
              onChange={edited("categoryId", (id: string | null) => setChosenCategory({ id }))}
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
            {t("files")} <span className="text-xs font-normal text-slate-400">{t("filesHint")}</span>
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
          <span className="ml-auto hidden text-xs text-slate-400 sm:inline">
            <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd> {t("toSubmit")}
          </span>
        </div>
      </form>
      <SuggestionsPanel subject={subject} description={description} onShown={onShown} onSolved={setDeflected} />
    </div>
  );
}
