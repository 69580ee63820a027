import { clsx } from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import type { reviewTrail } from "@/lib/kb/queries/review-trail";

type Step = Awaited<ReturnType<typeof reviewTrail>>[number];

const dot: Record<Step["step"], string> = {
  created: "bg-slate-300",
  submitted: "bg-violet-400",
  sent_back: "bg-red-400",
  published: "bg-emerald-500",
  version_restored: "bg-sky-400",
  reviewed: "bg-emerald-300",
  archived: "bg-slate-400",
};

/** The article's way through review, newest first: who did what, and the editors' comments in full. */
export async function ReviewTrailList({ steps }: { steps: Step[] }) {
  const [t, format] = await Promise.all([getTranslations("kbReview.trail"), getFormatter()]);
  if (steps.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <ol className="space-y-3" data-testid="review-trail">
      {[...steps].reverse().map((step) => (
        <li key={step.id} className="relative flex gap-3 text-sm">
          <span aria-hidden className={clsx("mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full", dot[step.step])} />
          <div className="min-w-0 flex-1">
            <p className="text-slate-700">
              <span className="font-medium text-slate-900">{step.actorName ?? t("system")}</span>{" "}
              {t(`step.${step.step}`, { version: step.version ?? 0 })}
            </p>
            <time className="text-xs text-slate-500" dateTime={step.at.toISOString()}>
              {format.dateTime(step.at, { dateStyle: "medium", timeStyle: "short" })}
            </time>
            {step.comment && (
              <blockquote
                className={clsx(
                  "mt-1.5 whitespace-pre-wrap rounded-lg border-l-4 px-3 py-2 text-slate-800",
                  step.step === "sent_back" ? "border-red-300 bg-red-50" : "border-slate-300 bg-slate-50",
                )}
                data-testid="review-comment"
              >
                {step.comment}
              </blockquote>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
