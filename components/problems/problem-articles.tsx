import { BookOpen } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { StageBadge } from "@/components/kb/stage-badge";
import type { ProblemDetail } from "@/lib/problems/get-problem";

/**
 * The problem's articles: the one drafted when it became a known error (with its review stage, and the articles
 * the near-duplicate check found — perhaps to link instead), then those its tickets were resolved with.
 */
export function ProblemArticles({ articles }: { articles: ProblemDetail["articles"] }) {
  const t = useTranslations("problems.article");
  if (articles.length === 0) return <p className="px-4 py-3 text-sm text-slate-500">—</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="problem-articles">
      {articles.map((a) => (
        <li key={a.id} className="px-4 py-3 text-sm" data-relation={a.relation}>
          <div className="flex gap-2.5">
            <BookOpen aria-hidden className="mt-0.5 h-4 w-4 shrink-0 text-slate-400" />
            <div className="min-w-0 flex-1">
              <Link href={`/kb/articles/${a.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                {a.title}
              </Link>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                <StageBadge stage={a.status} />
                {t(a.relation === "drafted" ? "drafted" : "fromTickets")}
              </div>
              {a.nearDuplicates.length > 0 && (
                <div className="mt-2 rounded-lg bg-slate-50 px-3 py-2 text-xs text-slate-600" data-testid="near-duplicates">
                  <p>{t("nearDuplicates")}</p>
                  <ul className="mt-1 list-disc space-y-0.5 pl-4">
                    {a.nearDuplicates.map((d) => (
                      <li key={d.id}>
                        <Link href={`/kb/articles/${d.id}`} className="text-brand-700 hover:underline">
                          {d.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
