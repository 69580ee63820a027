import { useTranslations } from "next-intl";
import type { AttachmentView } from "@/lib/attachments/list-attachments";
import type { TicketDetail } from "@/lib/tickets/get-ticket";
import type { TicketEventName } from "@/lib/tickets/ticket-events";
import { RemarkItem } from "./remark-item";
import { TimelineEvent } from "./timeline-event";

// A remark already shows itself; its audit event would say the same thing twice.
const shownByRemark = new Set<TicketEventName>(["remarked", "internal_note"]);

/**
 * The conversation and the history in one column, in order: remarks as messages, everything else as
 * short sentences. Files that belong to a remark, or were filed with the ticket, are shown there and not
 * announced again.
 */
export function TicketTimeline({
  ticket,
  files,
  shownFileIds,
  names,
  now,
}: {
  ticket: TicketDetail;
  files: AttachmentView[];
  shownFileIds: Set<string>;
  names: Record<string, string>;
  now: number;
}) {
  const t = useTranslations("timeline");
  const filesByRemark = new Map<string, AttachmentView[]>();
  for (const f of files) if (f.remarkId) filesByRemark.set(f.remarkId, [...(filesByRemark.get(f.remarkId) ?? []), f]);
  const items = ticket.timeline.filter((item) => {
    if (item.kind === "remark") return true;
    if (shownByRemark.has(item.action)) return false;
    if (item.action === "attachment_added") return !shownFileIds.has(String(item.data?.attachmentId));
    return true;
  });
  const fileUrls = Object.fromEntries(files.map((f) => [f.id, f.url]));
  const roleOf = (id?: string) => (id && id === ticket.requester?.id ? "requester" : id && id === ticket.assignee?.id ? "assignee" : null);
  return (
    <section aria-labelledby="activity-title">
      <h2 id="activity-title" className="mb-3 text-sm font-semibold text-slate-800">
        {t("title")}
      </h2>
      <ol
        className="relative space-y-4 before:absolute before:bottom-2 before:left-4 before:top-2 before:w-px before:bg-slate-200"
        data-testid="timeline"
      >
        {items.map((item) =>
          item.kind === "remark" ? (
            <RemarkItem key={item.id} remark={item} role={roleOf(item.actor?.id)} files={filesByRemark.get(item.id) ?? []} now={now} />
          ) : (
            <TimelineEvent key={item.id} event={item} names={names} fileUrls={fileUrls} now={now} />
          ),
        )}
      </ol>
    </section>
  );
}

/** Every person id an event mentions beyond its actor, to look their names up once. */
export function mentionedPeople(ticket: TicketDetail): string[] {
  const ids: string[] = [];
  for (const item of ticket.timeline) {
    if (item.kind !== "event") continue;
    for (const key of ["assigneeId", "userId", "previousAssigneeId", "onBehalfOf"]) {
      const v = item.data?.[key];
      if (typeof v === "string") ids.push(v);
    }
    const change = item.changes?.assigneeId;
    for (const v of [change?.from, change?.to]) if (typeof v === "string") ids.push(v);
  }
  return ids;
}
