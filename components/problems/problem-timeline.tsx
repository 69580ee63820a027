import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ProblemDetail } from "@/lib/problems/get-problem";

type Event = ProblemDetail["timeline"][number];
type Entry = { event: Event; tickets: number[] };

/**
 * Linking a recurring group's tickets writes one event per ticket in one moment: the timeline shows them as one
 * line with every number, so the record's history stays readable.
 */
function collapse(timeline: Event[]): Entry[] {
  const entries: Entry[] = [];
  for (const event of timeline) {
    const number = typeof event.data?.ticketNumber === "number" ? event.data.ticketNumber : null;
    const last = entries.at(-1);
    const same =
      last &&
      number !== null &&
      last.event.action === event.action &&
      last.event.actor?.id === event.actor?.id &&
      Math.abs(new Date(last.event.at).getTime() - new Date(event.at).getTime()) < 60_000;
    if (same) last.tickets.push(number);
    else entries.push({ event, tickets: number === null ? [] : [number] });
  }
  return entries;
}

export async function ProblemTimeline({ timeline }: { timeline: Event[] }) {
  const t = await getTranslations("problems");
  const time = new Intl.DateTimeFormat(await getLocale(), { dateStyle: "medium", timeStyle: "short" });
  return (
    <ol className="space-y-3 px-4 py-3 text-sm" data-testid="problem-timeline">
      {collapse(timeline).map(({ event: e, tickets }) => (
        <li key={e.id} className="border-l-2 border-slate-200 pl-3">
          <div className="text-xs text-slate-500">{time.format(e.at)}</div>
          <div className="text-slate-800">
            <span className="font-medium">{e.actor?.name ?? "—"}</span>{" "}
            {tickets.length > 1
              ? t(e.action === "ticket_unlinked" ? "ticketsUnlinked" : "ticketsLinked", { count: tickets.length })
              : t(`events.${e.action}`)}
            {[...tickets]
              .sort((a, b) => a - b)
              .map((n, i) => (
                <span key={n}>
                  {i === 0 ? " " : ", "}
                  <Link href={`/tickets/HD-${n}`} className="text-brand-700 hover:underline">
                    HD-{n}
                  </Link>
                </span>
              ))}
            {typeof e.data?.articleTitle === "string" && (
              <span className="text-slate-600"> · {t("draftedArticle", { title: e.data.articleTitle })}</span>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
