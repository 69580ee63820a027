import Link from "next/link";
import { getFormatter, getLocale, getNow, getTranslations } from "next-intl/server";
import { ProblemHintBadge } from "@/components/problems/problem-hint-badge";
import type { ProblemHint } from "@/lib/problems/suggest/suggested-problem";
import type { TicketRow } from "@/lib/tickets/list-tickets";
import { ticketNumber } from "@/lib/tickets/list-tickets";
import { shortName } from "./short-name";
import { SlaBadge } from "./sla-badge";
import { PriorityBadge, StatusBadge } from "./status-badge";

type Props = {
  tickets: TicketRow[];
  showRequester?: boolean;
  /** The SLA column, for IT staff; requesters do not need the desk's clock. */
  showDue?: boolean;
  /** Off in a list that is all one person's (the "Mine" queue). */
  showAssignee?: boolean;
  now?: number;
  empty?: React.ReactNode;
  /** IT staff's queue: each ticket's problem, or the one it seems to repeat (offered for linking). */
  problemHints?: Map<string, ProblemHint>;
};

/**
 * A list of tickets; each row is one link to the ticket page (the subject is the link, stretched over the
 * row, so the whole row is clickable while Tab still stops once per ticket).
 */
export async function TicketTable({
  tickets,
  showRequester = true,
  showDue = false,
  showAssignee = true,
  now: nowProp,
  empty,
  problemHints,
}: Props) {
  const t = await getTranslations("tickets");
  const locale = await getLocale();
  const format = await getFormatter();
  const now = nowProp ?? (await getNow()).getTime();
  if (tickets.length === 0) {
    return (
      <div className="rounded-xl border border-dashed border-slate-300 bg-white/50 p-10 text-center text-sm text-slate-500">
        {empty ?? t("empty")}
      </div>
    );
  }
  const th = "px-3 py-2.5 font-medium";
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <thead className="border-b border-slate-200 bg-slate-50/80 text-left text-xs text-slate-500">
          <tr>
            <th className={`${th} w-24`}>{t("number")}</th>
            <th className={th}>{t("subject")}</th>
            <th className={th}>{t("status")}</th>
            <th className={th}>{t("priority")}</th>
            {showDue && <th className={th}>{t("due")}</th>}
            {showRequester && <th className={th}>{t("requester")}</th>}
            {showAssignee && <th className={th}>{t("assignee")}</th>}
            <th className={`${th} text-right`}>{t("created")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tickets.map((ticket) => {
            const number = ticketNumber(ticket.number);
            const category = locale === "ru" ? ticket.categoryRu : ticket.categoryEn;
            return (
              <tr
                key={ticket.id}
                className="relative transition-colors hover:bg-slate-50 has-[a:focus-visible]:bg-brand-50/60"
                data-testid="ticket-row"
              >
                <td className="whitespace-nowrap px-3 py-3 align-top font-mono text-xs text-slate-500">{number}</td>
                <td className="min-w-64 px-3 py-3 align-top">
                  <Link
                    href={`/tickets/${number}`}
                    className="font-medium text-slate-900 outline-none after:absolute after:inset-0 after:content-[''] hover:text-brand-700"
                  >
                    {ticket.subject}
                  </Link>
                  <div className="mt-0.5 text-xs text-slate-500">
                    {category ?? t("noCategory")}
                    {ticket.reopenCount > 0 && (
                      <span className="ml-2 text-amber-700">↺ {t("reopenedTimes", { n: ticket.reopenCount })}</span>
                    )}
                    {problemHints?.has(ticket.id) && <ProblemHintBadge hint={problemHints.get(ticket.id)!} />}
                  </div>
                </td>
                <td className="px-3 py-3 align-top">
                  <StatusBadge status={ticket.status} />
                </td>
                <td className="px-3 py-3 align-top">
                  <PriorityBadge priority={ticket.priority} />
                </td>
                {showDue && (
                  <td className="whitespace-nowrap px-3 py-3 align-top">
                    <SlaBadge
                      now={now}
                      openOnly
                      sla={{
                        status: ticket.status,
                        resolutionDueAt: ticket.resolutionDueAt,
                        breached: ticket.breached,
                        paused: ticket.slaPausedAt !== null,
                      }}
                    />
                  </td>
                )}
                {showRequester && (
                  <td className="whitespace-nowrap px-3 py-3 align-top text-slate-700" title={ticket.requesterName}>
                    {shortName(ticket.requesterName)}
                  </td>
                )}
                {showAssignee && (
                  <td className="whitespace-nowrap px-3 py-3 align-top text-slate-700" title={ticket.assigneeName ?? undefined}>
                    {ticket.assigneeName ? shortName(ticket.assigneeName) : <span className="text-slate-500">{t("unassigned")}</span>}
                  </td>
                )}
                <td
                  className="whitespace-nowrap px-3 py-3 text-right align-top text-slate-500"
                  title={format.dateTime(ticket.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                >
                  {format.relativeTime(ticket.createdAt, now)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
