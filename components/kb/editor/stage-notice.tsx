import { clsx } from "clsx";
import { Info } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ArticleStage } from "@/lib/kb/article-rules";

const tones: Record<ArticleStage | "new", string> = {
  new: "bg-slate-100 text-slate-700 ring-slate-200",
  draft: "bg-slate-100 text-slate-700 ring-slate-200",
  in_review: "bg-amber-50 text-amber-800 ring-amber-200",
  published: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  published_draft: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  published_in_review: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  archived: "bg-slate-100 text-slate-600 ring-slate-200",
};

const texts: Partial<Record<ArticleStage | "new", string>> = {
  new: "newText",
  draft: "draftText",
  in_review: "inReviewText",
  published: "publishedText",
  published_draft: "publishedText",
  published_in_review: "publishedInReviewText",
};

/** Where the article is in its lifecycle, and what saving means there (a published article stays live). */
export function StageNotice({ stage }: { stage: ArticleStage | "new" }) {
  const t = useTranslations("kbWrite.stage");
  const text = texts[stage];
  return (
    <div className="space-y-2" data-testid="article-stage">
      <p className="flex items-center justify-between gap-2 text-sm">
        <span className="font-medium text-slate-800">{t("label")}</span>
        <span className={clsx("inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset", tones[stage])}>
          {t(stage)}
        </span>
      </p>
      {text && (
        <p className="flex gap-2 text-xs leading-relaxed text-slate-600">
          <Info aria-hidden className="mt-0.5 h-3.5 w-3.5 shrink-0 text-slate-400" />
          {t(text)}
        </p>
      )}
    </div>
  );
}
