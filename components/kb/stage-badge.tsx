import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ArticleStage } from "@/lib/kb/article-rules";

const tones: Record<ArticleStage, string> = {
  draft: "bg-slate-100 text-slate-700 ring-slate-200",
  in_review: "bg-violet-50 text-violet-800 ring-violet-200",
  published: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  published_draft: "bg-sky-50 text-sky-800 ring-sky-200",
  published_in_review: "bg-violet-50 text-violet-800 ring-violet-200",
  archived: "bg-slate-100 text-slate-600 ring-slate-200",
};

/** Where the article is in its lifecycle; a published article being edited says so. */
export async function StageBadge({ stage }: { stage: ArticleStage }) {
  const t = await getTranslations("kbReview.stage");
  return (
    <Badge tone={tones[stage]}>
      <span data-testid="article-stage">{t(stage)}</span>
    </Badge>
  );
}

export async function StaleBadge() {
  const t = await getTranslations("kbReview");
  return <Badge tone="bg-amber-50 text-amber-800 ring-amber-300">{t("stale")}</Badge>;
}
