"use client";

import { CheckCircle2, ThumbsDown, ThumbsUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { articleFeedbackAction } from "@/lib/actions/kb";

/** "Was this helpful?": yes or no, then an optional comment, then thanks. */
export function FeedbackForm({ articleId }: { articleId: string }) {
  const t = useTranslations("kb.feedback");
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [comment, setComment] = useState("");
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function send(withComment: boolean) {
    if (helpful === null) return;
    setError(null);
    startTransition(async () => {
      const result = await articleFeedbackAction({ articleId, helpful, comment: withComment ? comment : undefined });
      if (result.ok) setDone(true);
      else setError(result.fields?.comment ?? result.error);
    });
  }

  if (done) {
    return (
      <p role="status" data-testid="feedback-thanks" className="flex items-center gap-2 text-sm font-medium text-emerald-700">
        <CheckCircle2 aria-hidden className="h-5 w-5" />
        {t("thanks")}
      </p>
    );
  }

  return (
    <div data-testid="article-feedback">
      <div className="flex flex-wrap items-center gap-3">
        <span id={`feedback-${articleId}`} className="font-medium text-slate-900">
          {t("question")}
        </span>
        <div role="group" aria-labelledby={`feedback-${articleId}`} className="flex gap-2">
          <Button
            size="sm"
            variant={helpful === true ? "success" : "secondary"}
            aria-pressed={helpful === true}
            onClick={() => setHelpful(true)}
            data-testid="feedback-yes"
          >
            <ThumbsUp aria-hidden className="h-4 w-4" />
            {t("yes")}
          </Button>
          <Button
            size="sm"
            variant={helpful === false ? "danger" : "secondary"}
            aria-pressed={helpful === false}
            onClick={() => setHelpful(false)}
            data-testid="feedback-no"
          >
            <ThumbsDown aria-hidden className="h-4 w-4" />
            {t("no")}
          </Button>
        </div>
      </div>
      {helpful !== null && (
        <form
          className="mt-4 space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            send(true);
          }}
        >
          <label htmlFor={`feedback-comment-${articleId}`} className="block text-sm text-slate-600">
            {t("commentLabel")}
          </label>
          <textarea
            id={`feedback-comment-${articleId}`}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            maxLength={5000}
            rows={3}
            placeholder={helpful ? t("commentPlaceholderYes") : t("commentPlaceholderNo")}
            data-testid="feedback-comment"
            className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm outline-none placeholder:text-slate-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
          />
          {error && (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="primary" size="sm" pending={pending} disabled={!comment.trim()} data-testid="feedback-send">
              {t("send")}
            </Button>
            <Button variant="ghost" size="sm" disabled={pending} onClick={() => send(false)} data-testid="feedback-skip">
              {t("skip")}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
