import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page/page-header";
import { ProblemStatusBadge } from "@/components/problems/problem-status-badge";
import { TextInput } from "@/components/ui/input";
import { requireUser } from "@/lib/auth/require-user";
import { listProblems } from "@/lib/problems/list-problems";
import { problemStatuses } from "@/lib/problems/problem-status";
import { listProblemsQuery } from "@/lib/problems/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("problems"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The problems list: tabs per state with counts, the owner and the words in the URL, newest first.
export default async function ProblemsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("problems.read");
  const t = await getTranslations("problems");
  const locale = await getLocale();
  const raw = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = listProblemsQuery.safeParse({
    status: one(raw.status),
    ownerId: one(raw.mine) ? user.id : undefined,
    q: one(raw.q),
    cursor: one(raw.cursor),
    limit: 50,
  });
  const query = parsed.success ? parsed.data : listProblemsQuery.parse({});
  const { items, counts, nextCursor } = await listProblems(user, query);
  const href = (patch: Record<string, string | undefined>) => {
    const merged: Record<string, string | undefined> = { status: query.status, q: query.q, mine: one(raw.mine), ...patch };
    const search = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => Boolean(e[1])));
    return `/problems${search.size ? `?${search}` : ""}`;
  };
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });

  return (
    <div>
      <PageHeader title={t("title")} />
      <nav className="mb-4 flex flex-wrap gap-2" aria-label={t("states")}>
        <Link
          href={href({ status: undefined })}
          aria-current={!query.status ? "page" : undefined}
          className="rounded-full border px-3 py-1 text-sm aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
        >
          {t("all")} <span className="tabular-nums">{Object.values(counts).reduce((a, b) => a + b, 0)}</span>
        </Link>
        {problemStatuses.map((s) => (
          <Link
            key={s}
            href={href({ status: s })}
            aria-current={query.status === s ? "page" : undefined}
            className="rounded-full border px-3 py-1 text-sm aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
          >
            {t(`status.${s}`)} <span className="tabular-nums">{counts[s]}</span>
          </Link>
        ))}
      </nav>
      <form className="mb-4 flex flex-wrap items-center gap-3" action="/problems">
        {query.status && <input type="hidden" name="status" value={query.status} />}
        <TextInput name="q" defaultValue={query.q} placeholder={t("search")} aria-label={t("search")} className="max-w-sm" />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="mine" value="1" defaultChecked={Boolean(one(raw.mine))} /> {t("mine")}
        </label>
        <button className="rounded-md border px-3 py-1.5 text-sm" type="submit">
          {t("filter")}
        </button>
      </form>
      {items.length === 0 ? (
        <p className="text-slate-500">{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse text-sm" data-testid="problems-table">
          <thead>
            <tr className="border-b text-left text-slate-500">
              <th className="py-2 pr-3">№</th>
              <th className="py-2 pr-3">{t("fields.title")}</th>
              <th className="py-2 pr-3">{t("fields.status")}</th>
              <th className="py-2 pr-3">{t("fields.owner")}</th>
              <th className="py-2 pr-3 text-right">{t("fields.tickets")}</th>
              <th className="py-2 pr-3">{t("fields.created")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id} className="border-b">
                <td className="py-2 pr-3">
                  <Link href={`/problems/${p.number}`} className="font-medium text-brand-700 hover:underline">
                    {p.number}
                  </Link>
                </td>
                <td className="py-2 pr-3">{p.title}</td>
                <td className="py-2 pr-3">
                  <ProblemStatusBadge status={p.status} />
                </td>
                <td className="py-2 pr-3">{p.owner.name}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{t("ticketsOpen", { tickets: p.tickets, open: p.openTickets })}</td>
                <td className="py-2 pr-3">{date.format(p.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextCursor && (
        <Link href={href({ cursor: nextCursor })} className="mt-4 inline-block text-sm text-brand-700 hover:underline">
          {t("more")} →
        </Link>
      )}
    </div>
  );
}
