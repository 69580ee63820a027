"use client";

import { CheckCircle2, Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, FormError } from "@/components/ui/field";
import { publishArticleAction, sendBackArticleAction } from "@/lib/actions/kb";
import { useArticleAction } from "./use-article-action";

/** An editor's decision on the content in review: publish it, or send it back with a comment (required). */
export function ReviewDecision({ articleId, canPublish, canSendBack }: { articleId: string; canPublish: boolean; canSendBack: boolean }) {
  const t = useTranslations("kbReview.decision");
  const [comment, setComment] = useState("");
  const publish = useArticleAction();
  const back = useArticleAction();
  const busy = publish.pending || back.pending;

  return (
    <div className="space-y-5" data-testid="review-decision">
      {canPublish && (
        <div>
          <Button
            variant="success"
            pending={publish.pending}
            disabled={busy}
            onClick={() => publish.run(() => publishArticleAction({ articleId }), { goTo: `/kb/articles/${articleId}` })}
          >
            <CheckCircle2 aria-hidden className="h-4 w-4" />
            {t("publish")}
          </Button>
          <p className="mt-1.5 text-xs text-slate-500">{t("publishHint")}</p>
          <FormError>{publish.error}</FormError>
        </div>
      )}
      {canSendBack && (
        <form
          className="space-y-3 border-t border-slate-100 pt-4"
          onSubmit={(event) => {
            event.preventDefault();
            back.run(() => sendBackArticleAction({ articleId, comment }), { onDone: () => setComment("") });
          }}
        >
          <Field id="send-back-comment" label={t("comment")} hint={t("commentHint")} error={back.fields.comment}>
            <textarea
              {...describedBy("send-back-comment", back.fields.comment, true)}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              required
              maxLength={5000}
              rows={4}
              placeholder={t("commentPlaceholder")}
              className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm outline-none placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
            />
          </Field>
          <FormError>{back.error}</FormError>
          <Button type="submit" variant="danger" pending={back.pending} disabled={busy || !comment.trim()}>
            <Undo2 aria-hidden className="h-4 w-4" />
            {t("sendBack")}
          </Button>
        </form>
      )}
    </div>
  );
}
