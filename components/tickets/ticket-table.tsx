import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { TicketRow } from "@/lib/tickets/list-tickets";
import { ticketNumber } from "@/lib/tickets/list-tickets";
import { PriorityBadge, StatusBadge } from "./status-badge";

export async function TicketTable({ tickets, showRequester = true }: { tickets: TicketRow[]; showRequester?: boolean }) {
  const t = await getTranslations("tickets");
  const locale = await getLocale();
  const format = await getFormatter();
  if (tickets.length === 0) return <p className="rounded-xl border border-dashed border-slate-300 p-8 text-center text-sm text-slate-500">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="px-3 py-2 font-medium">{t("number")}</th>
            <th className="px-3 py-2 font-medium">{t("subject")}</th>
            <th className="px-3 py-2 font-medium">{t("status")}</th>
            <th className="px-3 py-2 font-medium">{t("priority")}</th>
            {showRequester && <th className="px-3 py-2 font-medium">{t("requester")}</th>}
            <th className="px-3 py-2 font-medium">{t("assignee")}</th>
            <th className="px-3 py-2 font-medium">{t("created")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tickets.map((ticket) => (
            <tr key={ticket.id} className="hover:bg-slate-50" data-testid="ticket-row">
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs text-slate-500">{ticketNumber(ticket.number)}</td>
              <td className="px-3 py-2">
                <div className="font-medium text-slate-900">{ticket.subject}</div>
                <div className="text-xs text-slate-500">{locale === "ru" ? ticket.categoryRu : ticket.categoryEn}</div>
              </td>
              <td className="px-3 py-2"><StatusBadge status={ticket.status} /></td>
              <td className="px-3 py-2"><PriorityBadge priority={ticket.priority} /></td>
              {showRequester && <td className="whitespace-nowrap px-3 py-2 text-slate-700">{ticket.requesterName}</td>}
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">{ticket.assigneeName ?? <span className="text-slate-400">{t("unassigned")}</span>}</td>
              <td className="whitespace-nowrap px-3 py-2 text-slate-500">{format.relativeTime(ticket.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
