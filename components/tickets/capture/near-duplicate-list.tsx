"use client";

import { Check, Link2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { linkArticleAction } from "@/lib/actions/ticket-articles";
import type { NearDuplicateWithExcerpt } from "@/lib/kb/capture/near-duplicate-excerpts";

type Props = { ticketId: string; ticketHref: string; items: NearDuplicateWithExcerpt[] };

/**
 * The articles that may already cover the ticket's problem, shown before the new draft so an existing one is
 * linked rather than written twice. "Link this one instead" links it and goes back to the ticket.
 */
export function NearDuplicateList({ ticketId, ticketHref, items }: Props) {
  const t = useTranslations("capture.page.near");
  const router = useRouter();
  const [linking, setLinking] = useState<string | null>(null);
  const [error, setError] = useState<{ id: string; message: string } | null>(null);
  const [, startTransition] = useTransition();

  function link(articleId: string) {
    setLinking(articleId);
    setError(null);
    startTransition(async () => {
      const result = await linkArticleAction({ ticketId, articleId });
      if (!result.ok) {
        setLinking(null);
        setError({ id: articleId, message: result.error });
        return;
      }
      // Stays "linking" until the ticket page, with the article in its list, is on screen.
      startTransition(() => {
        router.push(ticketHref);
        router.refresh();
      });
    });
  }

  return (
    <section aria-labelledby="near-duplicates-title" data-testid="near-duplicates">
      <h2 id="near-duplicates-title" className="text-base font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-0.5 text-sm text-slate-500">{items.length > 0 ? t("hint") : t("none")}</p>
      {items.length > 0 && (
        <ul className="mt-3 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {items.map((a) => (
            <li key={a.id} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-start" data-testid="near-duplicate">
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2">
                  <Link
                    id={`near-${a.id}`}
                    href={`/kb/articles/${a.id}`}
                    target="_blank"
                    className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                  >
                    {a.title}
                  </Link>
                  <Badge
                    tone={
                      a.status === "published" ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : "bg-sky-50 text-sky-800 ring-sky-200"
                    }
                  >
                    {t(`status.${a.status}`)}
                  </Badge>
                  {a.visibility === "internal" && <Badge tone="bg-amber-50 text-amber-800 ring-amber-200">{t("internal")}</Badge>}
                </div>
                {a.excerpt && <p className="mt-1 line-clamp-2 text-sm leading-relaxed text-slate-600">{a.excerpt}</p>}
                {error?.id === a.id && (
                  <p role="alert" className="mt-1 text-sm text-red-700">
                    {error.message}
                  </p>
                )}
              </div>
              {a.linked ? (
                <span className="inline-flex shrink-0 items-center gap-1 text-sm text-emerald-700">
                  <Check aria-hidden className="h-4 w-4" />
                  {t("linked")}
                </span>
              ) : a.status !== "published" ? (
                // Only published articles can be linked; one in review is shown so it is not written twice.
                <span className="shrink-0 text-xs text-slate-500 sm:max-w-40 sm:text-right">{t("inReview")}</span>
              ) : (
                <Button
                  size="sm"
                  className="self-start"
                  aria-describedby={`near-${a.id}`}
                  pending={linking === a.id}
                  disabled={linking !== null && linking !== a.id}
                  onClick={() => link(a.id)}
                  data-testid="link-instead"
                >
                  <Link2 aria-hidden className="h-3.5 w-3.5" />
                  {t("linkInstead")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
