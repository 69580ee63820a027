import { PartyPopper } from "lucide-react";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AttentionList } from "@/components/kb/attention-list";
import { KbEditorTabs } from "@/components/kb/kb-editor-tabs";
import { PageHeader, StatCard } from "@/components/page/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { isKnowledgeEditor } from "@/lib/kb/article-rules";
import { MAX_REJECTED_SHARE, MAX_REJECTIONS, MIN_HELPFUL_SHARE, MIN_USES_FOR_SHARE, MIN_VOTES } from "@/lib/kb/quality-rules";
import { needsAttention } from "@/lib/kb/queries/needs-attention";
import { reviewQueue } from "@/lib/kb/queries/review-queue";

export async function generateMetadata() {
  return { title: (await getTranslations("kbReview.attention"))("title") };
}

// The knowledge editors' list of published articles needing attention: stale, unhelpful, often rejected.
export default async function AttentionPage() {
  const user = await requireUser("kb.edit");
  if (!isKnowledgeEditor(user.roles)) redirect("/kb");
  const [t, attention, queue] = await Promise.all([getTranslations("kbReview.attention"), needsAttention(user), reviewQueue(user)]);
  const { items, totals, published } = attention;

  return (
    <>
      <PageHeader title={t("title")} />
      <KbEditorTabs current="attention" counts={{ review: queue.length, attention: items.length }} />
      <div className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard
          label={t("figures.needing", { n: published })}
          value={items.length}
          tone={items.length ? "text-slate-900" : "text-emerald-700"}
        />
        <StatCard label={t("reason.stale")} value={totals.stale} tone={totals.stale ? "text-amber-700" : "text-slate-900"} />
        <StatCard label={t("reason.unhelpful")} value={totals.unhelpful} tone={totals.unhelpful ? "text-red-700" : "text-slate-900"} />
        <StatCard
          label={t("reason.oftenRejected")}
          value={totals.oftenRejected}
          tone={totals.oftenRejected ? "text-rose-700" : "text-slate-900"}
        />
      </div>
      {items.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-500">
          <PartyPopper aria-hidden className="h-8 w-8 text-slate-300" />
          {t("empty")}
        </div>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <AttentionList items={items} />
          <aside className="space-y-4 text-sm">
            <section className="rounded-xl border border-slate-200 bg-slate-50 p-4 text-slate-600">
              <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("rules.title")}</h2>
              <ul className="list-disc space-y-1 pl-4">
                <li>{t("rules.stale")}</li>
                <li>{t("rules.unhelpful", { votes: MIN_VOTES, share: Math.round(MIN_HELPFUL_SHARE * 100) })}</li>
                <li>
                  {t("rules.oftenRejected", { n: MAX_REJECTIONS, share: Math.round(MAX_REJECTED_SHARE * 100), uses: MIN_USES_FOR_SHARE })}
                </li>
              </ul>
            </section>
          </aside>
        </div>
      )}
    </>
  );
}
