import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { getSharedSolution } from "@/lib/tickets/get-shared-solution";

// A past solution suggested while someone typed a ticket: what the problem was and how it was solved.
export default async function SharedSolutionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser("portal.use");
  const { id } = await params;
  const solution = await getSharedSolution(id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const t = await getTranslations("sharedSolution");
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-sm text-slate-500">
        {t("kicker")} · {locale === "ru" ? solution.categoryRu : solution.categoryEn}
        {solution.resolvedAt && <> · {format.dateTime(solution.resolvedAt, { dateStyle: "medium" })}</>}
      </p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{solution.subject}</h1>
      <section className="mt-6 rounded-xl border border-emerald-200 bg-emerald-50/60 p-5">
        <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-emerald-800">{t("solution")}</h2>
        <p className="whitespace-pre-wrap leading-relaxed text-slate-800" data-testid="shared-solution">
          {solution.solution}
        </p>
      </section>
      <p className="mt-4 text-sm text-slate-500">{t("hint")}</p>
    </article>
  );
}
