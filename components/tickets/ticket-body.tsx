import { CircleCheck } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Avatar } from "@/components/ui/avatar";
import type { AttachmentView } from "@/lib/attachments/list-attachments";
import type { TicketDetail } from "@/lib/tickets/get-ticket";
import { AttachmentList } from "./attachment-list";
import { Linkified } from "./linkify";
import { Stars } from "./star-rating";

/** The problem as filed: the first message of the conversation, with the files filed alongside. */
export function TicketDescription({ ticket, files, now }: { ticket: TicketDetail; files: AttachmentView[]; now: number }) {
  const t = useTranslations("ticket");
  const format = useFormatter();
  const author = ticket.createdBy ?? ticket.requester;
  return (
    <article className="flex gap-3" data-testid="ticket-description">
      {author && <Avatar name={author.name} id={author.id} />}
      <div className="min-w-0 flex-1 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <div className="mb-1 flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-medium text-slate-900">{author?.name}</span>
          <span className="text-xs text-slate-500">{t("described")}</span>
          <time className="ml-auto text-xs text-slate-500" dateTime={ticket.createdAt.toISOString()}>
            {format.relativeTime(ticket.createdAt, now)}
          </time>
        </div>
        {ticket.description ? (
          <div className="whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-800">{ticket.description}</div>
        ) : (
          <p className="text-sm italic text-slate-500">{t("noDescription")}</p>
        )}
        {files.length > 0 && (
          <div className="mt-3">
            <AttachmentList files={files} />
          </div>
        )}
      </div>
    </article>
  );
}

/** The solution, when there is one; with the requester's rating once they gave it. */
export function TicketSolution({ ticket, staff, now }: { ticket: TicketDetail; staff: boolean; now: number }) {
  const t = useTranslations("ticket");
  const format = useFormatter();
  if (!ticket.solution) return null;
  return (
    <section className="rounded-xl border border-emerald-200 bg-emerald-50/50 px-4 py-3 shadow-sm" data-testid="ticket-solution">
      <h2 className="mb-1 flex flex-wrap items-center gap-2 text-sm font-semibold text-emerald-900">
        <CircleCheck aria-hidden className="h-4 w-4 text-emerald-600" />
        {t("solution")}
        {ticket.assignee && <span className="font-normal text-emerald-800">· {ticket.assignee.name}</span>}
        {ticket.resolvedAt && <span className="font-normal text-emerald-800">· {format.relativeTime(ticket.resolvedAt, now)}</span>}
        {staff && !ticket.shareable && (
          <span className="ml-auto rounded-full bg-white px-2 py-0.5 text-xs font-normal text-slate-600 ring-1 ring-slate-200">
            {t("notShared")}
          </span>
        )}
      </h2>
      <div className="whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-800">
        <Linkified text={ticket.solution} />
      </div>
      {ticket.rating !== null && (
        <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-emerald-100 pt-2 text-sm text-slate-700">
          <span className="text-slate-500">{t("rating")}</span>
          <Stars n={ticket.rating} />
          {ticket.ratingComment && <span className="italic">«{ticket.ratingComment}»</span>}
        </div>
      )}
    </section>
  );
}
