import { clsx } from "clsx";
import { LockKeyhole } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { TimelineItem } from "@/lib/tickets/get-ticket";
import { hoursAndMinutes } from "./duration";
import { Stars } from "./star-rating";
import { PriorityBadge, StatusBadge } from "./status-badge";

type Event = Extract<TimelineItem, { kind: "event" }>;
type Rich = ReturnType<typeof useTranslations>["rich"];

const str = (v: unknown) => (typeof v === "string" ? v : null);

/** What an event says, as one sentence in the viewer's language, plus the words that came with it. */
function describe(event: Event, t: ReturnType<typeof useTranslations>, names: Record<string, string>, fileUrls: Record<string, string>) {
  const b = (chunks: React.ReactNode) => <strong className="font-medium text-slate-900">{chunks}</strong>;
  const rich: Rich = t.rich;
  const actor = event.actor?.name ?? t("system");
  const data = event.data ?? {};
  const change = (field: string) => event.changes?.[field];
  const name = (id: unknown) => (typeof id === "string" ? (names[id] ?? t("someone")) : t("someone"));
  const values = { actor, b };
  const other = (action: string) => ({ text: rich("other", { ...values, action: action.replaceAll("_", " ") }) });

  switch (event.action) {
    case "created": {
      const auto = str(data.assigneeId);
      return {
        text: data.onBehalfOf ? rich("createdFor", { ...values, name: name(data.onBehalfOf) }) : rich("created", values),
        note: auto ? rich("autoAssigned", { name: name(auto), b }) : null,
      };
    }
    case "assigned": {
      const from = change("assigneeId")?.from;
      return {
        text: from
          ? rich("reassigned", { ...values, from: name(from), to: name(change("assigneeId")?.to) })
          : rich("assigned", { ...values, to: name(change("assigneeId")?.to) }),
      };
    }
    case "started":
      return { text: rich("started", values) };
    case "answered":
      return { text: rich("answered", values) };
    case "waiting":
      return { text: rich("waiting", values) };
    case "resolved":
      return { text: rich("resolved", values), quote: str(change("solution")?.to) };
    case "confirmed": {
      const rating = change("rating")?.to;
      return {
        text: rich("confirmed", values),
        stars: typeof rating === "number" ? rating : null,
        quote: str(change("ratingComment")?.to),
      };
    }
    case "rejected":
      return { text: rich("rejected", values), quote: str(data.complaint) };
    case "escalated": {
      const to = change("assigneeId")?.to;
      const level = change("escalationLevel")?.to ?? "";
      return {
        text: to
          ? rich("escalated", { ...values, to: name(to), level: String(level) })
          : rich("escalatedLine", { ...values, level: String(level) }),
        quote: str(data.reason),
      };
    }
    case "priority_changed":
      return { text: rich("priorityChanged", values), quote: str(data.reason) };
    case "cancelled":
      return { text: rich("cancelled", values), quote: str(data.reason) };
    case "watcher_added":
      return {
        text: data.userId === event.actor?.id ? rich("watchStarted", values) : rich("watcherAdded", { ...values, name: name(data.userId) }),
      };
    case "watcher_removed":
      return {
        text:
          data.userId === event.actor?.id ? rich("watchStopped", values) : rich("watcherRemoved", { ...values, name: name(data.userId) }),
      };
    case "time_logged": {
      const { h, m } = hoursAndMinutes(typeof data.minutes === "number" ? data.minutes : 0);
      return {
        text: rich("timeLogged", { ...values, time: h > 0 ? t("hoursMinutes", { h, m }) : t("minutesOnly", { m }) }),
        quote: str(data.note),
      };
    }
    case "attachment_added": {
      const url = fileUrls[String(data.attachmentId)];
      const file = (chunks: React.ReactNode) =>
        url ? (
          <a href={url} className="text-brand-700 hover:underline" target="_blank" rel="noreferrer">
            {chunks}
          </a>
        ) : (
          chunks
        );
      return { text: rich("attached", { ...values, name: str(data.fileName) ?? "", file }) };
    }
    case "article_captured":
    case "article_linked": {
      const id = str(data.articleId);
      const article = (chunks: React.ReactNode) =>
        id ? (
          <a href={`/kb/articles/${id}`} className="font-medium text-brand-700 hover:underline">
            {chunks}
          </a>
        ) : (
          chunks
        );
      return {
        text: rich(event.action === "article_captured" ? "articleCaptured" : "articleLinked", {
          ...values,
          title: str(data.title) ?? "",
          article,
        }),
      };
    }
    case "auto_closed":
      return { text: typeof data.days === "number" ? t("autoClosedDays", { days: data.days }) : t("autoClosed") };
    case "sla_warning":
      return { text: t("slaWarning"), tone: "amber" as const };
    case "sla_breached":
      return { text: data.target === "response" ? t("slaBreachedResponse") : t("slaBreached"), tone: "red" as const };
    case "remarked":
    case "internal_note":
      // Shown as the remark itself (ticket-timeline.tsx), never as an event line.
      return other(event.action);
    default:
      // A name from an older version, still in the audit table. A name of today that is missing above fails
      // to compile here: the exhaustive switch is how a new event name reaches the timeline.
      return other(event.action satisfies never);
  }
}

/** One event of the history: a compact line with what changed from what to what. */
export function TimelineEvent({
  event,
  names,
  fileUrls,
  now,
}: {
  event: Event;
  names: Record<string, string>;
  fileUrls: Record<string, string>;
  now: number;
}) {
  const t = useTranslations("timeline");
  const format = useFormatter();
  const { text, note, quote, stars, tone } = {
    note: null,
    quote: null,
    stars: null,
    tone: undefined,
    ...describe(event, t, names, fileUrls),
  };
  const status = event.changes?.status;
  const priority = event.changes?.priority;
  const internal = event.data?.internal === true;
  return (
    <li className="relative flex gap-3" data-testid="timeline-event" data-action={event.action}>
      <span aria-hidden className="flex w-8 shrink-0 justify-center pt-1.5">
        <span
          className={clsx(
            "h-2.5 w-2.5 rounded-full ring-4 ring-slate-50",
            tone === "red" ? "bg-red-500" : tone === "amber" ? "bg-amber-400" : internal ? "bg-amber-300" : "bg-slate-300",
          )}
        />
      </span>
      <div className="min-w-0 flex-1 text-sm text-slate-600">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          {internal && <LockKeyhole aria-label={t("internal")} className="h-3.5 w-3.5 text-amber-600" />}
          <span>{text}</span>
          {status && typeof status.from === "string" && typeof status.to === "string" && (
            <span className="inline-flex items-center gap-1" data-testid="status-change">
              <StatusBadge status={status.from} /> <span aria-hidden>→</span> <StatusBadge status={status.to} />
            </span>
          )}
          {priority && typeof priority.from === "string" && typeof priority.to === "string" && (
            <span className="inline-flex items-center gap-1">
              <PriorityBadge priority={priority.from} /> <span aria-hidden>→</span> <PriorityBadge priority={priority.to} />
            </span>
          )}
          {stars !== null && <Stars n={stars} />}
          <time
            dateTime={event.at.toISOString()}
            title={format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}
            className="text-xs text-slate-500"
          >
            {format.relativeTime(event.at, now)}
          </time>
        </div>
        {note && <p className="mt-0.5 text-slate-500">{note}</p>}
        {quote && <blockquote className="mt-1.5 whitespace-pre-wrap border-l-2 border-slate-200 pl-3 text-slate-700">{quote}</blockquote>}
      </div>
    </li>
  );
}
