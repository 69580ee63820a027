import { Lightbulb } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProblemActions } from "@/components/problems/problem-actions";
import { ProblemArticles } from "@/components/problems/problem-articles";
import { ProblemStatusBadge } from "@/components/problems/problem-status-badge";
import { ProblemTimeline } from "@/components/problems/problem-timeline";
import { StatusBadge } from "@/components/tickets/status-badge";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { getProblem } from "@/lib/problems/get-problem";

async function load(...args: Parameters<typeof getProblem>) {
  try {
    return await getProblem(...args);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }) {
  return { title: (await params).number };
}

/** One text of the record; the workaround and the solution stand out once they exist. */
function Text({ label, text, tone, testId }: { label: string; text: string | null; tone?: "amber" | "emerald"; testId?: string }) {
  const has = Boolean(text?.trim());
  const frame =
    has && tone === "amber"
      ? "border-amber-200 bg-amber-50/60"
      : has && tone === "emerald"
        ? "border-emerald-200 bg-emerald-50/60"
        : "border-slate-200 bg-white";
  return (
    <section className={`rounded-xl border px-4 py-3 shadow-sm ${frame}`} data-testid={testId}>
      <h2 className="mb-1 flex items-center gap-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">
        {tone === "amber" && has && <Lightbulb aria-hidden className="h-3.5 w-3.5 text-amber-600" />}
        {label}
      </h2>
      {has ? (
        <p className="whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-800">{text}</p>
      ) : (
        <p className="text-sm text-slate-400">—</p>
      )}
    </section>
  );
}

// The problem page: the record and its actions, the linked incidents with their states, effort, articles, timeline.
export default async function ProblemPage({ params }: { params: Promise<{ number: string }> }) {
  const user = await requireUser("problems.read");
  const problem = await load(user, (await params).number);
  const t = await getTranslations("problems");
  const locale = await getLocale();
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const openTickets = problem.tickets.filter((ticket) => ["new", "in_progress", "waiting"].includes(ticket.status)).length;

  return (
    <div className="mx-auto max-w-6xl">
      <Link href="/problems" className="mb-3 inline-block text-sm text-brand-700 hover:underline">
        ← {t("title")}
      </Link>
      <header className="mb-5">
        <div className="flex flex-wrap items-center gap-2 text-sm text-slate-500">
          <span className="font-mono">{problem.number}</span>
          <ProblemStatusBadge status={problem.status} />
          <span>·</span>
          <span>
            {t("fields.owner")}: <span className="text-slate-800">{problem.owner?.name ?? "—"}</span>
          </span>
          <span>·</span>
          <span>
            {t("fields.created")} {time.format(problem.createdAt)}
          </span>
        </div>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{problem.title}</h1>
      </header>
      <div className="mb-6">
        <ProblemActions problemId={problem.id} actions={problem.actions} rootCause={problem.rootCause} workaround={problem.workaround} />
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-4">
          {problem.description.trim() && <Text label={t("fields.description")} text={problem.description} />}
          <Text label={t("fields.rootCause")} text={problem.rootCause} />
          <Text
            label={`${t("fields.workaround")}${problem.workaroundPublic ? ` · ${t("public")}` : ""}`}
            text={problem.workaround}
            tone="amber"
            testId="problem-workaround"
          />
          {(problem.solution || problem.status === "resolved" || problem.status === "closed") && (
            <Text label={t("fields.solution")} text={problem.solution} tone="emerald" testId="problem-solution" />
          )}
          <Card
            title={
              <span className="flex items-center gap-2">
                {t("fields.tickets")}
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-normal text-slate-600">
                  {t("ticketsOpen", { tickets: problem.tickets.length, open: openTickets })}
                </span>
              </span>
            }
          >
            <ul className="divide-y divide-slate-100 text-sm" data-testid="problem-tickets">
              {problem.tickets.map((ticket) => (
                <li key={ticket.id} className="flex items-center gap-3 px-4 py-2.5">
                  <Link href={`/tickets/${ticket.number}`} className="w-16 shrink-0 font-mono text-xs text-brand-700 hover:underline">
                    {ticket.number}
                  </Link>
                  <span className="min-w-0 flex-1 truncate text-slate-800">{ticket.subject}</span>
                  {ticket.rejections > 0 && (
                    <span className="whitespace-nowrap rounded-full bg-red-50 px-2 py-0.5 text-xs text-red-700 ring-1 ring-red-200">
                      {t("rejected", { count: ticket.rejections })}
                    </span>
                  )}
                  <StatusBadge status={ticket.status} />
                </li>
              ))}
              {problem.tickets.length === 0 && <li className="px-4 py-3 text-slate-500">—</li>}
            </ul>
          </Card>
        </div>
        <aside className="space-y-4 lg:sticky lg:top-20">
          <Card title={t("effort.title")}>
            <dl className="grid grid-cols-2 gap-3 px-4 py-3">
              <div>
                <dt className="text-xs text-slate-500">{t("effort.hours")}</dt>
                <dd className="text-xl font-semibold tabular-nums">{hours.format(problem.effort.minutes / 60)}</dd>
              </div>
              <div>
                <dt className="text-xs text-slate-500">{t("effort.cost")}</dt>
                <dd className="text-xl font-semibold tabular-nums">{money.format(problem.effort.cost)}</dd>
              </div>
              <div className="col-span-2 text-xs text-slate-500">
                {t("effort.split", {
                  own: hours.format(problem.effort.problem.minutes / 60),
                  tickets: hours.format(problem.effort.tickets.minutes / 60),
                })}
              </div>
            </dl>
          </Card>
          <Card title={t("fields.articles")}>
            <ProblemArticles articles={problem.articles} />
          </Card>
          <Card title={t("timeline")}>
            <ProblemTimeline timeline={problem.timeline} />
          </Card>
        </aside>
      </div>
    </div>
  );
}
