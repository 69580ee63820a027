import { getTranslations } from "next-intl/server";
import { helpfulShare, type QualityCounts } from "@/lib/kb/quality-rules";

/** The quality counters as small figures, each with the numbers behind it on hover and for screen readers. */
export async function QualityFigures({ quality }: { quality: QualityCounts }) {
  const t = await getTranslations("kbReview.quality");
  const share = helpfulShare(quality);
  const votes = quality.helpful + quality.notHelpful;
  const figures = [
    // The headline of a knowledge-centric desk: problems this article solved before they became tickets.
    {
      key: "deflections",
      value: String(quality.deflections),
      detail: t("deflectionsDetail", { n: quality.deflections }),
      tone: "text-emerald-700",
      wide: true,
    },
    { key: "views", value: String(quality.views), detail: t("viewsDetail", { n: quality.views }), tone: "text-slate-900" },
    {
      key: "helpful",
      value: share === null ? "—" : `${Math.round(share * 100)}%`,
      detail: t("helpfulDetail", { yes: quality.helpful, votes }),
      tone: share === null ? "text-slate-500" : share < 0.5 ? "text-red-700" : "text-emerald-700",
    },
    {
      key: "resolved",
      value: String(quality.resolved),
      detail: t("resolvedDetail", { n: quality.resolved, uses: quality.uses }),
      tone: "text-slate-900",
    },
    {
      key: "rejected",
      value: String(quality.rejected),
      detail: t("rejectedDetail", { n: quality.rejected }),
      tone: quality.rejected > 0 ? "text-red-700" : "text-slate-900",
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-2" data-testid="quality-figures">
      {figures.map((f) => (
        <div key={f.key} className={`rounded-lg bg-slate-50 px-3 py-2 ${"wide" in f ? "col-span-2" : ""}`} title={f.detail}>
          <dt className="text-[11px] font-medium uppercase tracking-wide text-slate-500">{t(f.key)}</dt>
          <dd className={`text-lg font-semibold tabular-nums ${f.tone}`} data-testid={`quality-${f.key}`}>
            {f.value}
            <span className="sr-only"> ({f.detail})</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
