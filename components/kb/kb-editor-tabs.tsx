import { clsx } from "clsx";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export type KbTab = "home" | "review" | "attention";

/** The knowledge editors' own navigation between the knowledge base, the review queue and the attention list. */
export async function KbEditorTabs({ current, counts }: { current: KbTab; counts?: Partial<Record<KbTab, number>> }) {
  const t = await getTranslations("kbReview.tabs");
  const tabs: { key: KbTab; href: string }[] = [
    { key: "home", href: "/kb" },
    { key: "review", href: "/kb/review" },
    { key: "attention", href: "/kb/attention" },
  ];
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-1 overflow-x-auto text-sm">
        {tabs.map((tab) => {
          const active = tab.key === current;
          const count = counts?.[tab.key];
          return (
            <li key={tab.key} className="shrink-0">
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={clsx(
                  "flex items-center gap-2 border-b-2 px-3 py-2",
                  active
                    ? "border-brand-600 font-medium text-brand-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {t(tab.key)}
                {count !== undefined && count > 0 && (
                  <span className="rounded-full bg-slate-100 px-1.5 text-xs tabular-nums text-slate-700">{count}</span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
