import Link from "next/link";
import { getLocale, getNow, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page/page-header";
import { flattenCategories } from "@/components/tickets/category-tree";
import { QueueFilters } from "@/components/tickets/queue-filters";
import { QueueTabs } from "@/components/tickets/queue-tabs";
import { TicketTable } from "@/components/tickets/ticket-table";
import { buttonClass } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { problemHintsFor } from "@/lib/problems/suggest/problem-hints-for";
import { listTickets, type TicketFilter, ticketSorts } from "@/lib/tickets/list-tickets";
import { listCategories } from "@/lib/tickets/queries/categories";
import { findPeople } from "@/lib/tickets/queries/find-people";
import { type QueueKey, queueKeys } from "@/lib/tickets/queries/queues";
import { countQueues, countTickets } from "@/lib/tickets/queue-counts";
import { ticketStatuses } from "@/lib/tickets/ticket-status";
import { pageSize, parseQueueParams, type QueueParams } from "./params";

export async function generateMetadata() {
  return { title: (await getTranslations("desk"))("title") };
}

function hrefWith(params: QueueParams, patch: Partial<Record<keyof QueueParams, string | number | undefined>>): string {
  const merged = { ...params, ...patch } as Record<string, string | number | undefined>;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "" || (key === "sort" && value === "newest") || (key === "page" && value === 1)) continue;
    search.set(key, String(value));
  }
  return `/desk?${search}`;
}

// IT staff's home: the queues (tabs with counts), filtered and sorted through the URL.
export default async function DeskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("desk.use");
  const t = await getTranslations();
  const locale = await getLocale();
  const params = parseQueueParams(await searchParams);
  // A dispatcher starts where tickets need an owner; a specialist starts with their own work.
  const dispatching = can(user.roles, "tickets.dispatch");
  const queue: QueueKey = params.queue ?? (dispatching ? "unassigned" : "mine");
  const now = await getNow();
  const filter: TicketFilter = {
    queue,
    statuses: params.status ? [params.status] : undefined,
    priority: params.priority,
    type: params.type,
    categoryId: params.category,
    assigneeId: params.assignee,
    sort: params.sort,
    now,
  };
  const [rows, total, counts, categories, staff] = await Promise.all([
    listTickets(user, { ...filter, limit: pageSize, offset: (params.page - 1) * pageSize }),
    countTickets(user, filter),
    countQueues(user, now),
    listCategories(),
    findPeople(user, "staff", "", 100),
  ]);
  // Each ticket's problem, or the one it seems to repeat (offered for linking), as a small badge in the row.
  const hints = await problemHintsFor(
    user,
    rows.map((r) => r.id),
  );
  const current = { ...params, queue };
  const from = total === 0 ? 0 : (params.page - 1) * pageSize + 1;
  const to = Math.min(params.page * pageSize, total);

  return (
    <>
      <PageHeader title={t("desk.title")} />
      <QueueTabs keys={queueKeys} active={queue} counts={counts} hrefFor={(key) => hrefWith(current, { queue: key, page: undefined })} />
      <QueueFilters
        options={{
          statuses: ticketStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
          priorities: (["critical", "high", "normal", "low"] as const).map((p) => ({ value: p, label: t(`priority.${p}`) })),
          types: (["incident", "request"] as const).map((v) => ({ value: v, label: t(`type.${v}`) })),
          categories: flattenCategories(categories, locale).map((c) => ({
            value: c.id,
            label: `${"\u00a0\u00a0".repeat(c.depth)}${c.name}`,
          })),
          assignees: staff.map((p) => ({ value: p.id, label: p.name })),
          sorts: ticketSorts.map((s) => ({ value: s, label: t(`queues.sort.${s}`) })),
        }}
      />
      <TicketTable
        tickets={rows}
        problemHints={hints}
        showDue
        showAssignee={queue !== "mine"}
        now={now.getTime()}
        empty={t(`queues.empty.${queue}`)}
      />
      {total > pageSize && (
        <nav aria-label={t("queues.pages")} className="mt-4 flex items-center justify-between text-sm text-slate-600">
          <span>{t("queues.range", { from, to, total })}</span>
          <span className="flex gap-2">
            {params.page > 1 && (
              <Link className={buttonClass("secondary", "sm")} href={hrefWith(current, { page: params.page - 1 })}>
                ← {t("queues.prev")}
              </Link>
            )}
            {to < total && (
              <Link className={buttonClass("secondary", "sm")} href={hrefWith(current, { page: params.page + 1 })}>
                {t("queues.next")} →
              </Link>
            )}
          </span>
        </nav>
      )}
    </>
  );
}
