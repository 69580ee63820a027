import { Lightbulb, Puzzle } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { TicketDetail } from "@/lib/tickets/get-ticket";
import { ProblemStatusBadge } from "./problem-status-badge";
import { TicketProblemActions } from "./ticket-problem-actions";

/** The workaround, shown once the problem is a known error (and kept while its fix is confirmed). */
function Workaround({ label, text }: { label: string; text: string | null }) {
  if (!text?.trim()) return null;
  return (
    <div className="rounded-lg border border-amber-200 bg-amber-50/70 px-3 py-2" data-testid="problem-workaround">
      <div className="mb-0.5 flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wide text-amber-800">
        <Lightbulb aria-hidden className="h-3.5 w-3.5" />
        {label}
      </div>
      <p className="whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-800">{text}</p>
    </div>
  );
}

/**
 * The ticket's problem: its PRB number, state and — once a known error — the workaround. IT staff read the problem
 * itself (a link) and may link the ticket (the suggested problem in one click) or open a new problem from it;
 * a requester sees the box only when the workaround is marked public (getTicket decides), as a known issue.
 */
export function TicketProblemCard({ ticket, mayWork }: { ticket: TicketDetail; mayWork: boolean }) {
  const t = useTranslations("problems.box");
  const { problem, suggestedProblem: suggested } = ticket;
  const showsWorkaround = (status: string) => status === "known_error" || status === "resolved";
  const settled = (status: string) => status === "resolved" || status === "closed";
  if (!problem && !mayWork) return null;
  return (
    <Card
      title={
        <span className="flex items-center gap-1.5">
          <Puzzle aria-hidden className="h-4 w-4 text-slate-400" />
          {t("title")}
        </span>
      }
      data-testid="ticket-problem"
    >
      <div className="space-y-3 px-4 py-3 text-sm">
        {problem ? (
          <>
            <div className="flex flex-wrap items-center gap-2">
              {mayWork ? (
                <Link href={`/problems/${problem.number}`} className="font-semibold text-brand-700 hover:underline">
                  {problem.number}
                </Link>
              ) : (
                <span className="font-semibold text-slate-800">{problem.number}</span>
              )}
              <ProblemStatusBadge status={problem.status} />
            </div>
            {"title" in problem && problem.title ? (
              <p className="text-slate-800">{problem.title}</p>
            ) : (
              <p className="text-slate-600">{t(settled(problem.status) ? "fixed" : "knownIssue")}</p>
            )}
            {showsWorkaround(problem.status) && (
              <Workaround label={mayWork ? t("workaround") : t("workaroundRequester")} text={problem.workaround} />
            )}
          </>
        ) : (
          <>
            {suggested ? (
              <div
                className="rounded-lg border border-sky-200 bg-sky-50/70 px-3 py-2"
                title={t("similarityTitle", { percent: Math.round(suggested.similarity * 100) })}
                data-testid="suggested-problem"
              >
                <p className="text-xs text-sky-900">{t("suggested")}</p>
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  <Link href={`/problems/${suggested.number}`} className="font-semibold text-brand-700 hover:underline">
                    {suggested.number}
                  </Link>
                  <ProblemStatusBadge status={suggested.status} />
                </div>
                <p className="mt-1 text-slate-800">{suggested.title}</p>
                {suggested.status === "known_error" && (
                  <div className="mt-2">
                    <Workaround label={t("workaround")} text={suggested.workaround} />
                  </div>
                )}
              </div>
            ) : (
              <p className="text-slate-500">{t("none")}</p>
            )}
            <TicketProblemActions
              ticketId={ticket.id}
              subject={ticket.subject}
              suggested={suggested ? { id: suggested.id, number: suggested.number } : null}
            />
          </>
        )}
      </div>
    </Card>
  );
}
