import { BookOpen, Ticket } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PriorityBadge, StatusBadge } from "@/components/tickets/status-badge";
import { Badge } from "@/components/ui/badge";
import type { SearchItem } from "@/lib/search/search-item";
import { Snippet } from "./snippet";

/** Fields whose highlight becomes the snippet, in the order search-item.ts picks them. */
const SNIPPET_FIELDS = ["solution", "description", "remarks", "internalNotes", "body", "tags"] as const;

/** One search result: what it is, its title (to the ticket or article), why it matched, a few facts. */
export async function SearchResultRow({
  item,
  categoryName,
  assigneeName,
}: {
  item: SearchItem;
  categoryName?: string;
  assigneeName?: string;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  const href = item.kind === "ticket" && item.number ? `/tickets/${item.number}` : item.url;
  const field = SNIPPET_FIELDS.find((f) => item.highlights[f]?.length);
  const titleHtml = item.highlights.subject?.[0] ?? item.highlights.title?.[0];
  const Icon = item.kind === "ticket" ? Ticket : BookOpen;
  return (
    <li className="flex gap-3 px-4 py-3.5 hover:bg-slate-50/60" data-testid="search-result" data-kind={item.kind}>
      <span
        className={
          item.kind === "ticket"
            ? "mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-lg bg-slate-100 text-slate-600"
            : "mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700"
        }
        title={t(`searchPage.kind.${item.kind}`)}
      >
        <Icon aria-hidden className="h-4 w-4" />
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          {item.number && <span className="font-mono text-xs text-slate-500">{item.number}</span>}
          <Link
            href={href}
            className="min-w-0 font-medium text-slate-900 hover:text-brand-700 hover:underline"
            data-testid="search-result-link"
          >
            {titleHtml && /<mark>/i.test(titleHtml) ? <Snippet html={titleHtml} /> : item.title}
          </Link>
          {item.kind === "ticket" ? (
            <StatusBadge status={item.status} />
          ) : (
            <Badge tone="bg-brand-50 text-brand-700 ring-brand-100">{t(`searchPage.articleStatus.${item.status}`)}</Badge>
          )}
          {item.priority && item.priority !== "normal" && <PriorityBadge priority={item.priority} />}
        </div>
        {item.snippet && (
          <p className="mt-1 line-clamp-3 text-sm leading-relaxed text-slate-600" data-testid="search-snippet">
            {field && field !== "body" && (
              <span className="mr-1.5 text-xs font-medium text-slate-500">{t(`searchPage.field.${field}`)}:</span>
            )}
            <Snippet html={item.snippet} />
          </p>
        )}
        <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-500">
          {item.type && <span>{t(`type.${item.type}`)}</span>}
          {categoryName && <span>{categoryName}</span>}
          {item.kind === "ticket" && <span>{assigneeName ?? t("tickets.unassigned")}</span>}
          <time dateTime={new Date(item.createdAt).toISOString()}>
            {format.dateTime(new Date(item.createdAt), { dateStyle: "medium" })}
          </time>
        </p>
      </div>
    </li>
  );
}
