"use client";

import { FilePlus2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FormError } from "@/components/ui/field";
import { TextInput } from "@/components/ui/input";
import { captureArticleAction } from "@/lib/actions/ticket-articles";

type Props = {
  ticketId: string;
  draft: { title: string; language: "ru" | "en"; visibility: "public" | "internal"; category: string | null };
  /** The draft's text, rendered on the server. */
  children: React.ReactNode;
};

/**
 * The draft the ticket suggests, to check before it is created: the title can be changed here, the text in the
 * article editor, where "Create draft" leads. Enter in the title creates it.
 */
export function CaptureDraftForm({ ticketId, draft, children }: Props) {
  const t = useTranslations("capture.page.draft");
  const router = useRouter();
  const [title, setTitle] = useState(draft.title);
  const [error, setError] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function create() {
    setError(null);
    setTitleError(null);
    startTransition(async () => {
      const result = await captureArticleAction({ ticketId, title: title.trim() || undefined });
      if (!result.ok) {
        setTitleError(result.fields?.title ?? null);
        setError(result.fields?.title ? null : result.error);
        return;
      }
      // Pending until the editor is on screen: a second press would create a second draft.
      startTransition(() => router.push(`/kb/articles/${result.data.articleId}/edit`));
    });
  }

  return (
    <form
      noValidate
      aria-labelledby="capture-draft-title"
      data-testid="capture-draft"
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
      onSubmit={(e) => {
        e.preventDefault();
        create();
      }}
    >
      <div className="border-b border-slate-100 px-5 py-3">
        <h2 id="capture-draft-title" className="text-base font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p className="mt-0.5 text-sm text-slate-500">{t("hint")}</p>
      </div>
      <div className="space-y-5 px-5 py-4">
        <Field id="capture-title" label={t("titleLabel")} error={titleError}>
          <TextInput
            {...describedBy("capture-title", titleError)}
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            lang={draft.language}
          />
        </Field>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-500">{t("category")}</dt>
            <dd className="font-medium text-slate-800" data-testid="draft-category">
              {draft.category ?? t("noCategory")}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("language")}</dt>
            <dd className="font-medium text-slate-800">{t(`languages.${draft.language}`)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("visibility")}</dt>
            <dd className="font-medium text-slate-800">{t(`visibilities.${draft.visibility}`)}</dd>
          </div>
        </dl>
        <div>
          <h3 className="mb-1.5 text-sm font-medium text-slate-800">{t("body")}</h3>
          <div className="rounded-lg border border-slate-200 bg-slate-50/60 px-4 py-3" lang={draft.language}>
            {children}
          </div>
        </div>
        <FormError>{error}</FormError>
      </div>
      <div className="flex items-center gap-2 border-t border-slate-100 px-5 py-3">
        <Button type="submit" variant="primary" pending={pending} data-testid="create-draft">
          <FilePlus2 aria-hidden className="h-4 w-4" />
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
