import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import type { TicketDetail } from "@/lib/tickets/get-ticket";
import { isOpenStatus } from "@/lib/tickets/ticket-status";
import { SlaBadge } from "./sla-badge";
import { TimeSpent } from "./time-spent";

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-[6.5rem_minmax(0,1fr)] items-baseline gap-3 py-2 text-sm" data-testid={testId}>
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </div>
  );
}

function PersonLine({ person }: { person: { id: string; name: string; email: string } }) {
  return (
    <span className="flex items-center gap-2">
      <Avatar name={person.name} id={person.id} size="sm" />
      <span className="min-w-0 break-words" title={person.email}>
        {person.name}
      </span>
    </span>
  );
}

/** Who and what: people, category, type, SLA, counters, and (for IT staff) the time spent. */
export function TicketDetails({ ticket, staff, now }: { ticket: TicketDetail; staff: boolean; now: number }) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  // Short dates: the year only when it is not this one.
  const when = (d: Date) =>
    format.dateTime(d, {
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      ...(d.getFullYear() !== new Date(now).getFullYear() ? { year: "numeric" } : {}),
    });
  const open = isOpenStatus(ticket.status);
  const category = ticket.category ? (locale === "ru" ? ticket.category.nameRu : ticket.category.nameEn) : null;
  return (
    <Card title={t("details.title")} data-testid="ticket-details">
      <dl className="divide-y divide-slate-100 px-4 py-1">
        <Row label={t("details.requester")}>{ticket.requester ? <PersonLine person={ticket.requester} /> : "—"}</Row>
        {ticket.createdBy && ticket.createdBy.id !== ticket.requester?.id && (
          <Row label={t("details.createdBy")}>
            <PersonLine person={ticket.createdBy} />
          </Row>
        )}
        <Row label={t("details.assignee")} testId="detail-assignee">
          {ticket.assignee ? <PersonLine person={ticket.assignee} /> : <span className="text-slate-500">{t("tickets.unassigned")}</span>}
        </Row>
        <Row label={t("details.category")}>{category ?? <span className="text-slate-500">{t("tickets.noCategory")}</span>}</Row>
        <Row label={t("details.type")}>{t(`type.${ticket.type}`)}</Row>
        <Row label={t("details.urgency")}>{t(`newTicket.urgencies.${ticket.urgency}`)}</Row>
        <Row label={t("details.created")}>{when(ticket.createdAt)}</Row>
        {ticket.sla.resolutionDueAt && (
          <Row label={t("details.resolutionDue")} testId="detail-sla">
            <span className="flex flex-wrap items-center gap-2">
              {open || ticket.sla.breached ? (
                <SlaBadge
                  now={now}
                  sla={{
                    status: ticket.status,
                    resolutionDueAt: ticket.sla.resolutionDueAt,
                    breached: ticket.sla.breached,
                    paused: ticket.sla.paused,
                  }}
                />
              ) : null}
              <span className="text-slate-500">{when(ticket.sla.resolutionDueAt)}</span>
            </span>
          </Row>
        )}
        {ticket.sla.responseDueAt && (
          <Row label={t("details.firstResponse")}>
            {ticket.sla.firstResponseAt ? (
              <span className={ticket.sla.firstResponseAt > ticket.sla.responseDueAt ? "text-red-700" : undefined}>
                {when(ticket.sla.firstResponseAt)}
              </span>
            ) : (
              <span className="text-slate-500">{t("details.responseDue", { when: when(ticket.sla.responseDueAt) })}</span>
            )}
          </Row>
        )}
        {ticket.resolvedAt && <Row label={t("details.resolvedAt")}>{when(ticket.resolvedAt)}</Row>}
        {ticket.closedAt && (
          <Row label={ticket.status === "cancelled" ? t("details.cancelledAt") : t("details.closedAt")}>{when(ticket.closedAt)}</Row>
        )}
        {(staff || ticket.reopenCount > 0) && (
          <Row label={t("details.reopened")} testId="detail-reopened">
            <span className={ticket.reopenCount > 0 ? "font-medium text-amber-700" : "text-slate-500"}>
              {t("details.times", { n: ticket.reopenCount })}
            </span>
          </Row>
        )}
        {(staff || ticket.escalationLevel > 0) && (
          <Row label={t("details.escalation")} testId="detail-escalation">
            <span className={ticket.escalationLevel > 0 ? "font-medium text-orange-700" : "text-slate-500"}>
              {t("details.level", { n: ticket.escalationLevel })}
            </span>
          </Row>
        )}
        {staff && ticket.timeSpentMinutes !== undefined && (
          <Row label={t("details.timeSpent")}>
            <TimeSpent ticketId={ticket.id} minutes={ticket.timeSpentMinutes} canLog={ticket.actions.includes("logTime")} />
          </Row>
        )}
      </dl>
    </Card>
  );
}
