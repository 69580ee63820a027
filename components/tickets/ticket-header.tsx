import { clsx } from "clsx";
import { ArrowRight, CircleCheck, Clock } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { TicketDetail } from "@/lib/tickets/get-ticket";
import { expectationOf } from "./expectation";
import { SlaBadge } from "./sla-badge";
import { PriorityBadge, StatusBadge } from "./status-badge";

const bannerTone = {
  you: "border-brand-100 bg-brand-50 text-slate-900",
  others: "border-slate-200 bg-white text-slate-800",
  done: "border-slate-200 bg-slate-100/70 text-slate-700",
};
const bannerIcon = { you: ArrowRight, others: Clock, done: CircleCheck };

/** Number, subject, state, and the one sentence saying who is expected to do what now. */
export function TicketHeader({
  ticket,
  viewerId,
  backHref,
  backLabel,
  now,
}: {
  ticket: TicketDetail;
  viewerId: string;
  backHref: string;
  backLabel: string;
  now: number;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const expectation = expectationOf(ticket, { id: viewerId });
  const Icon = bannerIcon[expectation.tone];
  const hintKey = `expect.${expectation.key}Hint`;
  return (
    <header className="mb-5 space-y-3">
      <Link href={backHref} className="inline-block text-sm text-slate-500 hover:text-slate-800">
        ← {backLabel}
      </Link>
      <div className="flex flex-wrap items-center gap-x-2 text-sm text-slate-500">
        <span className="font-mono font-medium text-slate-700" data-testid="ticket-number">
          {ticket.number}
        </span>
        <span aria-hidden>·</span>
        <span>{t(`type.${ticket.type}`)}</span>
        <span aria-hidden>·</span>
        <span title={format.dateTime(ticket.createdAt, { dateStyle: "medium", timeStyle: "short" })}>
          {t("ticket.filedAgo", { when: format.relativeTime(ticket.createdAt, now) })}
        </span>
      </div>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 [overflow-wrap:anywhere]" data-testid="ticket-subject">
        {ticket.subject}
      </h1>
      <div className="flex flex-wrap items-center gap-2" data-testid="ticket-state">
        <StatusBadge status={ticket.status} />
        <PriorityBadge priority={ticket.priority} />
        <SlaBadge
          now={now}
          withLabel
          sla={{
            status: ticket.status,
            resolutionDueAt: ticket.sla.resolutionDueAt,
            breached: ticket.sla.breached,
            paused: ticket.sla.paused,
          }}
        />
        {ticket.reopenCount > 0 && (
          <span className="text-xs text-amber-700">↺ {t("tickets.reopenedTimes", { n: ticket.reopenCount })}</span>
        )}
      </div>
      <div
        className={clsx("flex items-start gap-3 rounded-xl border px-4 py-3", bannerTone[expectation.tone])}
        role="status"
        data-testid="expectation"
        data-tone={expectation.tone}
      >
        <Icon aria-hidden className={clsx("mt-0.5 h-5 w-5 shrink-0", expectation.tone === "you" ? "text-brand-600" : "text-slate-400")} />
        <div>
          <p className="font-medium">{t(`expect.${expectation.key}`, expectation.values)}</p>
          {t.has(hintKey) && <p className="mt-0.5 text-sm opacity-80">{t(hintKey, expectation.values)}</p>}
        </div>
      </div>
    </header>
  );
}
