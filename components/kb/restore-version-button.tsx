"use client";

import { RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { restoreVersionAction } from "@/lib/actions/kb";
import { useArticleAction } from "./use-article-action";

/** Brings a published version back as a new draft (the live version, if any, stays until it is published). */
export function RestoreVersionButton({ articleId, number }: { articleId: string; number: number }) {
  const t = useTranslations("kbReview.history");
  const { pending, error, fields, run } = useArticleAction();
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        size="sm"
        pending={pending}
        onClick={() => run(() => restoreVersionAction({ articleId, number }), { goTo: `/kb/articles/${articleId}` })}
        aria-describedby={`restore-${number}-hint`}
      >
        <RotateCcw aria-hidden className="h-4 w-4" />
        {t("restore")}
      </Button>
      <span id={`restore-${number}-hint`} className="sr-only">
        {t("restoreHint", { number })}
      </span>
      {(error || fields.number) && (
        <p role="alert" className="text-xs text-red-700">
          {error ?? fields.number}
        </p>
      )}
    </div>
  );
}
