import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader, Section, StatCard } from "@/components/page/page-header";
import { ProblemActions } from "@/components/problems/problem-actions";
import { ProblemStatusBadge } from "@/components/problems/problem-status-badge";
import { StatusBadge } from "@/components/tickets/status-badge";
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

function Text({ label, text }: { label: string; text: string | null }) {
  return (
    <Section title={label}>
      <p className="whitespace-pre-wrap rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">{text?.trim() ? text : "—"}</p>
    </Section>
  );
}

// The problem page: the record, its actions, the linked incidents with their states, effort, articles and timeline.
export default async function ProblemPage({ params }: { params: Promise<{ number: string }> }) {
  const user = await requireUser("problems.read");
  const problem = await load(user, (await params).number);
  const t = await getTranslations("problems");
  const locale = await getLocale();
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });

  return (
    <div>
      <Link href="/problems" className="mb-3 inline-block text-sm text-brand-700 hover:underline">
        ← {t("title")}
      </Link>
      <PageHeader title={`${problem.number} · ${problem.title}`}>
        <ProblemStatusBadge status={problem.status} />
      </PageHeader>
      <p className="mb-4 text-sm text-slate-600">
        {t("fields.owner")}: {problem.owner?.name ?? "—"}
      </p>
      <div className="mb-6">
        <ProblemActions problemId={problem.id} actions={problem.actions} rootCause={problem.rootCause} workaround={problem.workaround} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div>
          <Text label={t("fields.description")} text={problem.description} />
          <Text label={t("fields.rootCause")} text={problem.rootCause} />
          <Text label={`${t("fields.workaround")}${problem.workaroundPublic ? ` (${t("public")})` : ""}`} text={problem.workaround} />
          <Text label={t("fields.solution")} text={problem.solution} />
          <Section title={t("fields.tickets")} count={problem.tickets.length}>
            <ul className="divide-y rounded-lg border border-slate-200 bg-white text-sm shadow-sm" data-testid="problem-tickets">
              {problem.tickets.map((ticket) => (
                <li key={ticket.id} className="flex items-center gap-3 p-3">
                  <Link href={`/tickets/${ticket.number}`} className="font-medium text-brand-700 hover:underline">
                    {ticket.number}
                  </Link>
                  <span className="flex-1">{ticket.subject}</span>
                  {ticket.rejections > 0 && <span className="text-xs text-red-700">{t("rejected", { count: ticket.rejections })}</span>}
                  <StatusBadge status={ticket.status} />
                </li>
              ))}
              {problem.tickets.length === 0 && <li className="p-3 text-slate-500">—</li>}
            </ul>
          </Section>
        </div>
        <div>
          <div className="mb-8 grid grid-cols-2 gap-3">
            <StatCard label={t("effort.minutes")} value={problem.effort.minutes} />
            <StatCard label={t("effort.cost")} value={money.format(problem.effort.cost)} />
          </div>
          <Section title={t("fields.articles")} count={problem.articles.length}>
            <ul className="space-y-2 text-sm">
              {problem.articles.map((a) => (
                <li key={a.id}>
                  <Link href={`/kb/articles/${a.id}`} className="text-brand-700 hover:underline">
                    {a.title}
                  </Link>
                </li>
              ))}
            </ul>
          </Section>
          <Section title={t("timeline")}>
            <ol className="space-y-2 text-sm" data-testid="problem-timeline">
              {problem.timeline.map((e) => (
                <li key={e.id}>
                  <span className="text-slate-500">{time.format(e.at)}</span> · {e.actor?.name ?? "—"} · {t(`events.${e.action}`)}
                  {typeof e.data?.ticketNumber === "number" ? ` HD-${e.data.ticketNumber}` : ""}
                </li>
              ))}
            </ol>
          </Section>
        </div>
      </div>
    </div>
  );
}
