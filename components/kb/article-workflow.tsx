"use client";

import { Archive, BadgeCheck, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FormError } from "@/components/ui/field";
import { archiveArticleAction, markReviewedAction, submitArticleAction } from "@/lib/actions/kb";
import type { ArticleAction } from "@/lib/kb/article-rules";
import { useArticleAction } from "./use-article-action";

/** The buttons of the article's side panel that change it; which ones show is the article rules' answer. */
export function ArticleWorkflow({ articleId, allowed }: { articleId: string; allowed: ArticleAction[] }) {
  const t = useTranslations("kbReview.actions");
  const submit = useArticleAction();
  const reviewed = useArticleAction();
  const archive = useArticleAction();
  const [archiving, setArchiving] = useState(false);
  const [reason, setReason] = useState("");
  const busy = submit.pending || reviewed.pending || archive.pending;

  return (
    <div className="space-y-2">
      {allowed.includes("submit") && (
        <Button
          variant="primary"
          className="w-full"
          pending={submit.pending}
          disabled={busy}
          onClick={() => submit.run(() => submitArticleAction({ articleId }))}
        >
          <Send aria-hidden className="h-4 w-4" />
          {t("submit")}
        </Button>
      )}
      {allowed.includes("markReviewed") && (
        <Button
          className="w-full"
          pending={reviewed.pending}
          disabled={busy}
          onClick={() => reviewed.run(() => markReviewedAction({ articleId }))}
        >
          <BadgeCheck aria-hidden className="h-4 w-4" />
          {t("markReviewed")}
        </Button>
      )}
      {allowed.includes("archive") && !archiving && (
        <Button
          variant="ghost"
          className="w-full text-red-700 hover:bg-red-50 hover:text-red-800"
          disabled={busy}
          onClick={() => setArchiving(true)}
        >
          <Archive aria-hidden className="h-4 w-4" />
          {t("archive")}
        </Button>
      )}
      {allowed.includes("archive") && archiving && (
        <form
          className="space-y-2 rounded-lg border border-red-200 bg-red-50/50 p-3"
          onSubmit={(event) => {
            event.preventDefault();
            archive.run(() => archiveArticleAction({ articleId, reason }), { onDone: () => setArchiving(false) });
          }}
        >
          <Field id="archive-reason" label={t("archiveReason")} error={archive.fields.reason}>
            <textarea
              {...describedBy("archive-reason", archive.fields.reason)}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              required
              maxLength={2000}
              rows={3}
              autoFocus
              className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
            />
          </Field>
          <FormError>{archive.error}</FormError>
          <div className="flex gap-2">
            <Button type="submit" size="sm" variant="danger" pending={archive.pending} disabled={!reason.trim()}>
              {t("archiveConfirm")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setArchiving(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
      <FormError>{submit.error ?? reviewed.error}</FormError>
    </div>
  );
}
