"use client";

import { CheckCircle2, Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { CategoryPicker } from "@/components/tickets/category-picker";
import type { FlatCategory } from "@/components/tickets/category-tree";
import { PeoplePicker } from "@/components/tickets/people-picker";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FormError } from "@/components/ui/field";
import { Select, TextInput } from "@/components/ui/input";
import { createArticleAction, saveArticleAction } from "@/lib/actions/kb";
import { ArticleEditor } from "./article-editor";
import { useShortcutText } from "./shortcuts";
import { StageNotice } from "./stage-notice";
import { TagInput } from "./tag-input";
import { TranslationField } from "./translation-field";
import type { ArticleFormValues, EditedArticle, TranslationCandidate } from "./types";

type FieldName = "title" | "body" | "categoryId" | "tags" | "language" | "visibility" | "translationOfId" | "ownerId" | "reviewDueAt";
type Errors = Partial<Record<FieldName, string>>;

type Props = {
  initial: ArticleFormValues;
  /** The saved article; absent while writing a new one. */
  article?: EditedArticle;
  categories: FlatCategory[];
  candidates: TranslationCandidate[];
};

/** The control to focus for a field with an error, in the order they appear. */
const focusOrder: [FieldName, string][] = [
  ["title", "title"],
  ["body", "article-body"],
  ["categoryId", "category"],
  ["tags", "tags"],
  ["language", "language"],
  ["visibility", "visibility"],
  ["translationOfId", "translationOf"],
  ["ownerId", "owner"],
  ["reviewDueAt", "reviewDueAt"],
];

/**
 * Writing an article: the title and text first, the details beside them. "Save draft" (Ctrl+S) keeps it;
 * the author can also send it for review. A new article goes to its edit page once saved, where files can be
 * attached. Field errors appear under their fields in the person's language.
 */
export function ArticleForm({ initial, article, categories, candidates }: Props) {
  const t = useTranslations("kbWrite");
  const format = useFormatter();
  const keys = useShortcutText();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<{ at: Date; submitted: boolean } | null>(null);
  const [pending, setPending] = useState<"draft" | "submit" | null>(null);
  const [, startTransition] = useTransition();
  const saving = useRef(false);

  function set<K extends keyof ArticleFormValues>(key: K, error: FieldName = key as FieldName) {
    return (value: ArticleFormValues[K]) => {
      setValues((current) => ({ ...current, [key]: value }));
      setDirty(true);
      if (errors[error]) setErrors((current) => ({ ...current, [error]: undefined }));
    };
  }
  const setBody = useCallback((body: string) => {
    setValues((current) => ({ ...current, body }));
    setDirty(true);
    setErrors((current) => (current.body ? { ...current, body: undefined } : current));
  }, []);

  function show(found: Errors) {
    setErrors(found);
    const first = focusOrder.find(([field]) => found[field]);
    if (first) document.getElementById(first[1])?.focus();
  }

  const save = useCallback(
    (submit: boolean) => {
      if (saving.current) return;
      const local: Errors = {};
      if (!values.title.trim()) local.title = t("errors.title");
      if (!values.body.trim()) local.body = t("errors.body");
      if (!values.owner) local.ownerId = t("errors.ownerId");
      setFormError(null);
      if (Object.keys(local).length) return show(local);
      saving.current = true;
      setPending(submit ? "submit" : "draft");
      const input = {
        title: values.title,
        body: values.body,
        categoryId: values.categoryId,
        tags: values.tags,
        language: values.language,
        visibility: values.visibility,
        translationOfId: values.translationOfId,
        ...(values.owner ? { ownerId: values.owner.id } : {}),
        reviewDueAt: values.reviewDueAt || null,
        submit,
      };
      startTransition(async () => {
        const result = article ? await saveArticleAction({ ...input, articleId: article.id }) : await createArticleAction(input);
        saving.current = false;
        setPending(null);
        if (!result.ok) {
          const fields = (result.fields ?? {}) as Record<string, string>;
          const found: Errors = {};
          for (const [key] of focusOrder) if (fields[key]) found[key] = t(`errors.${key}`);
          show(found);
          const unknown = Object.keys(fields).some((key) => !focusOrder.some(([field]) => field === key));
          setFormError(
            result.code === "forbidden"
              ? t("errors.forbidden")
              : result.code === "conflict"
                ? t("errors.stale")
                : Object.keys(found).length && !unknown
                  ? null
                  : result.error,
          );
          return;
        }
        setDirty(false);
        if (!article) {
          if ("id" in result.data) router.push(`/kb/articles/${result.data.id}/edit?created=${submit ? "submitted" : "draft"}`);
          return;
        }
        setSavedAt({ at: new Date(), submitted: submit });
        // The stage shown comes from the server's page: read it again (without the "just created" note).
        router.replace(`/kb/articles/${article.id}/edit`, { scroll: false });
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [values, article],
  );

  // Ctrl+S (⌘S) saves the draft from anywhere on the page, instead of the browser saving the page.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        save(false);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);

  // Leaving with unsaved text asks first.
  useEffect(() => {
    if (!dirty) return;
    const onLeave = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onLeave);
    return () => window.removeEventListener("beforeunload", onLeave);
  }, [dirty]);

  const stage = article?.stage ?? "new";
  const maySubmit = article ? article.maySubmit : true;
  const status = pending
    ? t("actions.saving")
    : dirty
      ? t("actions.unsaved")
      : savedAt
        ? savedAt.submitted
          ? t("actions.submitted")
          : t("actions.saved", { time: format.dateTime(savedAt.at, { timeStyle: "short" }) })
        : null;

  return (
    <form
      noValidate
      className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]"
      onSubmit={(e) => {
        e.preventDefault();
        save(false);
      }}
    >
      <div className="min-w-0 space-y-5">
        <Field id="title" label={t("fields.title")} hint={t("fields.titleHint")} error={errors.title}>
          <TextInput
            {...describedBy("title", errors.title, true)}
            name="title"
            maxLength={200}
            lang={values.language}
            value={values.title}
            onChange={(e) => set("title")(e.target.value)}
            placeholder={t("fields.titlePlaceholder")}
            className="h-12 text-lg font-semibold tracking-tight"
          />
        </Field>

        <div className="space-y-1.5">
          <p className="text-sm font-medium text-slate-800" aria-hidden>
            {t("fields.body")}
          </p>
          <ArticleEditor
            initialMarkdown={initial.body}
            onChange={setBody}
            articleId={article?.id ?? null}
            invalid={Boolean(errors.body)}
            describedBy={errors.body ? "body-error" : undefined}
            lang={values.language}
          />
          {errors.body && (
            <p id="body-error" className="text-sm text-red-700" data-testid="error-body">
              {errors.body}
            </p>
          )}
        </div>
      </div>

      <aside className="space-y-4 lg:sticky lg:top-4">
        <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <StageNotice stage={stage} />
          <FormError>{formError}</FormError>
          <div className="flex flex-col gap-2">
            {maySubmit && (
              <Button variant="primary" onClick={() => save(true)} pending={pending === "submit"} disabled={pending !== null}>
                {pending !== "submit" && <Send aria-hidden className="h-4 w-4" />}
                {t("actions.submit")}
              </Button>
            )}
            <Button
              type="submit"
              variant={maySubmit ? "secondary" : "primary"}
              pending={pending === "draft"}
              disabled={pending !== null}
              title={keys("save")}
            >
              {t("actions.saveDraft")}
            </Button>
          </div>
          {status && (
            <p className="flex items-center justify-center gap-1.5 text-xs text-slate-500" role="status" data-testid="save-status">
              {savedAt && !dirty && !pending && <CheckCircle2 aria-hidden className="h-3.5 w-3.5 text-emerald-600" />}
              {status}
            </p>
          )}
        </section>

        <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="text-sm font-semibold text-slate-800">{t("fields.details")}</h2>
          <Field id="category" label={t("fields.category")} error={errors.categoryId}>
            <CategoryPicker
              id="category"
              categories={categories}
              value={values.categoryId}
              onChange={set("categoryId")}
              invalid={Boolean(errors.categoryId)}
              describedBy={errors.categoryId ? "category-error" : undefined}
            />
          </Field>
          <Field id="tags" label={t("fields.tags")} optional={t("fields.optional")} hint={t("fields.tagsHint")} error={errors.tags}>
            <TagInput
              id="tags"
              value={values.tags}
              onChange={set("tags")}
              invalid={Boolean(errors.tags)}
              describedBy={errors.tags ? "tags-error" : "tags-hint"}
            />
          </Field>
          <div className="grid grid-cols-[2fr_3fr] items-start gap-3">
            <Field id="language" label={t("fields.language")} error={errors.language}>
              <Select
                {...describedBy("language", errors.language)}
                className="pl-2.5"
                value={values.language}
                onChange={(e) => {
                  const language = e.target.value as ArticleFormValues["language"];
                  set("language")(language);
                  // A translation is in the other language: a twin in the new language no longer fits.
                  const twin = candidates.find((c) => c.id === values.translationOfId);
                  if (twin && twin.language === language) set("translationOfId")(null);
                }}
              >
                <option value="ru">{t("fields.languages.ru")}</option>
                <option value="en">{t("fields.languages.en")}</option>
              </Select>
            </Field>
            <Field id="visibility" label={t("fields.visibility")} hint={t("fields.visibilityHint")} error={errors.visibility}>
              <Select
                {...describedBy("visibility", errors.visibility, true)}
                className="pl-2.5"
                value={values.visibility}
                onChange={(e) => set("visibility")(e.target.value as ArticleFormValues["visibility"])}
              >
                <option value="public">{t("fields.visibilities.public")}</option>
                <option value="internal">{t("fields.visibilities.internal")}</option>
              </Select>
            </Field>
          </div>
          <TranslationField
            language={values.language}
            value={values.translationOfId}
            onChange={set("translationOfId")}
            candidates={candidates}
            error={errors.translationOfId}
          />
          <Field id="owner" label={t("fields.owner")} hint={t("fields.ownerHint")} error={errors.ownerId}>
            <PeoplePicker
              id="owner"
              scope="staff"
              value={values.owner}
              onChange={set("owner", "ownerId")}
              placeholder={t("fields.ownerPlaceholder")}
              invalid={Boolean(errors.ownerId)}
              describedBy={errors.ownerId ? "owner-error" : "owner-hint"}
            />
          </Field>
          <Field
            id="reviewDueAt"
            label={t("fields.reviewDueAt")}
            optional={t("fields.optional")}
            hint={t("fields.reviewHint")}
            error={errors.reviewDueAt}
          >
            <TextInput
              {...describedBy("reviewDueAt", errors.reviewDueAt, true)}
              type="date"
              value={values.reviewDueAt}
              onChange={(e) => set("reviewDueAt")(e.target.value)}
            />
          </Field>
        </section>
      </aside>
    </form>
  );
}
