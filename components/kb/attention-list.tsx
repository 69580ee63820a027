import { clsx } from "clsx";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { needsAttention } from "@/lib/kb/queries/needs-attention";
import { StageBadge } from "./stage-badge";

type Item = Awaited<ReturnType<typeof needsAttention>>["items"][number];

/** A bar split in two: how a whole divides into good and bad, readable at a glance. */
function SplitBar({ good, bad, label }: { good: number; bad: number; label: string }) {
  const total = Math.max(good + bad, 1);
  return (
    <span role="img" aria-label={label} title={label} className="flex h-2 w-24 overflow-hidden rounded-full bg-slate-100">
      <span className="h-full bg-emerald-500" style={{ width: `${(good / total) * 100}%` }} />
      <span className="h-full bg-red-400" style={{ width: `${(bad / total) * 100}%` }} />
    </span>
  );
}

const reasonTone = {
  stale: "border-amber-200 bg-amber-50 text-amber-900",
  unhelpful: "border-red-200 bg-red-50 text-red-900",
  oftenRejected: "border-rose-200 bg-rose-50 text-rose-900",
} as const;

/** The articles needing attention, each with every reason in words and the numbers behind it as a small bar. */
export async function AttentionList({ items }: { items: Item[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("kbReview.attention"), getFormatter(), getLocale()]);
  const now = new Date();
  return (
    <ul className="space-y-3" data-testid="attention-list">
      {items.map((item) => {
        const votes = item.helpful + item.notHelpful;
        const category = item.category ? (locale === "ru" ? item.category.nameRu : item.category.nameEn) : null;
        return (
          <li key={item.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="attention-item">
            <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
              <div className="min-w-0 flex-1">
                <Link
                  href={`/kb/articles/${item.id}`}
                  className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                  lang={item.language}
                >
                  {item.title}
                </Link>
                <p className="mt-0.5 text-xs text-slate-500">
                  {[t("owner", { name: item.owner?.name ?? "—" }), category, item.language.toUpperCase(), t("views", { n: item.views })]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </div>
              {item.stage !== "published" && <StageBadge stage={item.stage} />}
            </div>
            <ul className="mt-3 flex flex-wrap gap-2">
              {item.reasons.map((reason) => (
                <li
                  key={reason}
                  className={clsx("flex items-center gap-3 rounded-lg border px-3 py-1.5 text-sm", reasonTone[reason])}
                  data-testid={`reason-${reason}`}
                >
                  <span className="font-medium">{t(`reason.${reason}`)}</span>
                  {reason === "stale" && item.reviewDueAt && (
                    <span className="text-xs opacity-80">{t("staleSince", { since: format.relativeTime(item.reviewDueAt, now) })}</span>
                  )}
                  {reason === "unhelpful" && (
                    <>
                      <SplitBar good={item.helpful} bad={item.notHelpful} label={t("helpfulOf", { yes: item.helpful, votes })} />
                      <span className="text-xs tabular-nums opacity-80">{t("helpfulOf", { yes: item.helpful, votes })}</span>
                    </>
                  )}
                  {reason === "oftenRejected" && (
                    <>
                      <SplitBar
                        good={Math.max(item.uses - item.rejected, 0)}
                        bad={item.rejected}
                        label={t("rejectedOf", { rejected: item.rejected, uses: item.uses })}
                      />
                      <span className="text-xs tabular-nums opacity-80">
                        {t("rejectedOf", { rejected: item.rejected, uses: item.uses })}
                      </span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
