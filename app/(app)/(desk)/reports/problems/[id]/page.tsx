import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/page/page-header";
import { OpenProblemButton } from "@/components/problems/open-problem-button";
import { ProblemStatusBadge } from "@/components/problems/problem-status-badge";
import { DataTable } from "@/components/reports/data-table";
import { formatters } from "@/components/reports/format";
import { ProblemsTable } from "@/components/reports/problems-table";
import { ReportFrame } from "@/components/reports/report-frame";
import { type SearchParams, withParams } from "@/components/reports/report-params";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { getProblemDetail } from "@/lib/reports/problems/problems-report";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

async function load(...args: Parameters<typeof getProblemDetail>) {
  try {
    return await getProblemDetail(...args);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** One recurring problem: its figures, every ticket of it in the period, and the articles that cover it. */
export default async function RecurringProblemPage({ params, searchParams }: Props) {
  const { id } = await params;
  const t = await getTranslations("reports.problems");
  const tt = await getTranslations();
  // IT staff may open a problem record for the group: its tickets are linked to it.
  const mayOpenProblem = can((await requireUser()).roles, "problems.work");
  return (
    <ReportFrame tab="problems" searchParams={searchParams} path={`/reports/problems/${id}`}>
      {async ({ q, locale, params: filters, currency }) => {
        const problem = await load(q, id, locale);
        const f = formatters(locale, currency);
        const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: q.timeZone });
        return (
          <>
            <Link href={`/reports/problems${withParams(filters)}`} className="mb-3 inline-block text-sm text-brand-700 hover:underline">
              ← {t("back")}
            </Link>
            <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
              <h2 className="text-xl font-semibold">{problem.label || "—"}</h2>
              {problem.problem ? (
                // A problem is open for it already: go there rather than open a second one.
                <Link
                  href={`/problems/${problem.problem.number}`}
                  className="inline-flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-1.5 text-sm shadow-sm hover:bg-slate-50"
                  data-testid="group-problem"
                >
                  {tt("problems.openFor", { number: problem.problem.number })}
                  <ProblemStatusBadge status={problem.problem.status} />
                </Link>
              ) : (
                mayOpenProblem && (
                  <OpenProblemButton groupId={id} title={problem.label || tt("problems.title")} label={tt("problems.openFromGroup")} />
                )
              )}
            </div>
            {problem.figures && <ProblemsTable items={[problem.figures]} params={filters} locale={locale} currency={currency} />}
            <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
              <Section title={t("detailTickets")} count={problem.tickets.length}>
                <DataTable
                  caption={t("detailTickets")}
                  rows={problem.tickets}
                  rowKey={(r) => r.id}
                  columns={[
                    {
                      header: "№",
                      nowrap: true,
                      cell: (r) => (
                        <Link href={`/tickets/${r.number}`} className="font-medium text-brand-700 hover:underline">
                          {r.number}
                        </Link>
                      ),
                    },
                    { header: tt("tickets.subject"), cell: (r) => r.subject },
                    { header: t("status"), cell: (r) => tt(`status.${r.status}`) },
                    { header: t("created"), nowrap: true, cell: (r) => date.format(new Date(r.createdAt)) },
                    { header: t("minutes"), numeric: true, cell: (r) => f.hours(r.minutes) },
                  ]}
                />
              </Section>
              <Section title={t("articles")}>
                {problem.articles.length === 0 ? (
                  <div className="rounded-xl border border-dashed border-red-300 bg-red-50 p-4 text-sm text-red-800">
                    <p>{t("noArticles")}</p>
                    {problem.figures?.captureFromTicket && (
                      <Link
                        href={`/tickets/${problem.figures.captureFromTicket}/capture`}
                        className="mt-2 inline-block font-medium text-brand-700 hover:underline"
                      >
                        {t("writeArticle")} ({problem.figures.captureFromTicket}) →
                      </Link>
                    )}
                  </div>
                ) : (
                  <ul className="space-y-2">
                    {problem.articles.map((a) => (
                      <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm">
                        <Link href={`/kb/articles/${a.id}`} className="font-medium text-brand-700 hover:underline">
                          {a.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
            </div>
          </>
        );
      }}
    </ReportFrame>
  );
}
