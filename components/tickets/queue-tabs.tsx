import { clsx } from "clsx";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { QueueKey } from "@/lib/tickets/queries/queues";

/**
 * The queues as tabs with their counts. They are links (each queue has its own URL), keeping the filters
 * and the sort. The "breaching" count is red when it is not zero: it is the one number that asks for
 * action now.
 */
export function QueueTabs({
  keys,
  active,
  counts,
  hrefFor,
}: {
  keys: readonly QueueKey[];
  active: QueueKey;
  counts: Record<QueueKey, number>;
  hrefFor: (key: QueueKey) => string;
}) {
  const t = useTranslations("queues.tabs");
  return (
    <nav aria-label={t("label")} className="-mx-1 mb-4 flex gap-1 overflow-x-auto border-b border-slate-200 px-1">
      {keys.map((key) => {
        const current = key === active;
        const alarm = key === "breaching" && counts[key] > 0;
        return (
          <Link
            key={key}
            href={hrefFor(key)}
            aria-current={current ? "page" : undefined}
            data-testid={`queue-${key}`}
            className={clsx(
              "-mb-px flex items-center gap-2 whitespace-nowrap border-b-2 px-3 py-2.5 text-sm transition-colors",
              current
                ? "border-brand-600 font-medium text-brand-700"
                : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
            )}
          >
            {t(key)}
            <span
              className={clsx(
                "rounded-full px-1.5 py-0.5 text-xs tabular-nums",
                alarm ? "bg-red-600 text-white" : current ? "bg-brand-100 text-brand-700" : "bg-slate-100 text-slate-600",
              )}
            >
              {counts[key]}
            </span>
          </Link>
        );
      })}
    </nav>
  );
}
