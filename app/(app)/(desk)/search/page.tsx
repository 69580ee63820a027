import { clsx } from "clsx";
import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { getLocale, getNow, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page/page-header";
import { FacetList, type FacetOption } from "@/components/search/facet-list";
import { SearchForm } from "@/components/search/search-form";
import {
  cleanState,
  PAGE_SIZE,
  type RawParams,
  type SearchState,
  searchHref,
  searchQueryFrom,
  searchState,
  toggled,
} from "@/components/search/search-params";
import { SearchResultRow } from "@/components/search/search-result-row";
import { flattenCategories } from "@/components/tickets/category-tree";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import { localizeError } from "@/lib/i18n/error-messages";
import { isLocale } from "@/lib/i18n/locale";
import { type SearchAnswer, searchDesk } from "@/lib/search/search-desk";
import { listCategories } from "@/lib/tickets/queries/categories";
import { namesOf } from "@/lib/tickets/queries/user-names";

export async function generateMetadata() {
  return { title: (await getTranslations("searchPage"))("title") };
}

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The "created" facet's buckets as the date range they stand for. */
function createdRange(key: string, now: number): Pick<SearchState, "from" | "to"> {
  if (key === "older") return { from: undefined, to: [isoDay(new Date(now - 365 * DAY))] };
  const days = Number(key.replace("d", ""));
  return { from: [isoDay(new Date(now - days * DAY))], to: undefined };
}

// IT staff's search over tickets of every status (internal notes included) and articles: the box, counted facets
// that toggle filters through the URL, relevance or newest first, highlighted snippets, a page at a time.
export default async function SearchPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const user = await requireUser("desk.use");
  const t = await getTranslations();
  const locale = await getLocale();
  const given = searchState(await searchParams);
  const query = searchQueryFrom(given);
  const state = cleanState(given, query);
  let answer: SearchAnswer | null = null;
  let problem: string | null = null;
  try {
    answer = await searchDesk(user, query);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const localized = localizeError(error, isLocale(locale) ? locale : "ru");
    problem = localized.fields ? Object.values(localized.fields).join(" ") : localized.message;
  }
  const categories = flattenCategories(await listCategories(), locale);
  const categoryNames = new Map(categories.map((c) => [c.id, c.name]));
  const categoryPaths = new Map(categories.map((c) => [c.id, [...c.path, c.name].join(" → ")]));
  const assigneeIds = [...(answer?.facets.assignee.map((f) => f.value) ?? []), ...(answer?.items.map((i) => i.assigneeId ?? "") ?? [])];
  const people = await namesOf(assigneeIds);
  const now = (await getNow()).getTime();

  const options = (
    key: Parameters<typeof toggled>[1],
    values: { value: string; count: number }[],
    label: (v: string) => string,
  ): FacetOption[] =>
    values
      .filter((v) => v.count > 0 || state[key]?.includes(v.value))
      .map((v) => ({
        value: v.value,
        label: label(v.value),
        count: v.count,
        active: Boolean(state[key]?.includes(v.value)),
        href: toggled(state, key, v.value),
      }));
  const statusLabel = (s: string) =>
    ["draft", "in_review", "published", "archived"].includes(s) ? t(`searchPage.articleStatus.${s}`) : t(`status.${s}`);
  const kinds = answer?.facets.kind ?? [];
  const kindCount = (k: string) => kinds.find((f) => f.value === k)?.count ?? 0;
  const activeKind = state.kind?.length === 1 ? state.kind[0] : null;
  const offset = Number(query.cursor ?? 0);
  const hasFilters = (["status", "type", "categoryId", "priority", "assigneeId", "from", "to"] as const).some((k) => state[k]?.length);

  return (
    <>
      <PageHeader title={t("searchPage.title")} />
      <SearchForm state={state} />

      {answer?.limited && (
        <p
          role="status"
          className="mt-4 flex items-center gap-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="search-limited"
        >
          <TriangleAlert aria-hidden className="h-4 w-4 shrink-0" />
          {t("searchPage.limited")}
        </p>
      )}
      {problem && (
        <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {problem}
        </p>
      )}

      <div className="mt-5 grid items-start gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <aside
          className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:sticky lg:top-20"
          aria-label={t("searchPage.filters")}
          data-testid="search-facets"
        >
          {answer && (
            <>
              <FacetList name="status" title={t("tickets.status")} options={options("status", answer.facets.status, statusLabel)} />
              <FacetList name="type" title={t("searchPage.type")} options={options("type", answer.facets.type, (v) => t(`type.${v}`))} />
              <FacetList
                name="priority"
                title={t("tickets.priority")}
                options={options("priority", answer.facets.priority, (v) => t(`priority.${v}`))}
              />
              <FacetList
                name="category"
                title={t("tickets.category")}
                options={options(
                  "categoryId",
                  answer.facets.category.filter((f) => categoryNames.has(f.value)).slice(0, 12),
                  (v) => categoryNames.get(v) ?? v,
                ).map((o) => ({
                  ...o,
                  title: categoryPaths.get(o.value),
                }))}
              />
              <FacetList
                name="assignee"
                title={t("tickets.assignee")}
                options={options("assigneeId", answer.facets.assignee.slice(0, 12), (v) =>
                  v === "none" ? t("tickets.unassigned") : (people[v] ?? v),
                )}
              />
              <FacetList
                name="created"
                title={t("tickets.created")}
                options={answer.facets.created
                  .filter((f) => f.count > 0)
                  .map((f) => {
                    const range = createdRange(f.value, now);
                    const active =
                      (state.from?.[0] ?? null) === (range.from?.[0] ?? null) && (state.to?.[0] ?? null) === (range.to?.[0] ?? null);
                    return {
                      value: f.value,
                      label: t(`searchPage.created.${f.value}`),
                      count: f.count,
                      active,
                      href: searchHref(state, active ? { from: undefined, to: undefined } : range),
                    };
                  })}
              />
            </>
          )}
          {hasFilters && (
            <Link
              href={searchHref(state, {
                status: undefined,
                type: undefined,
                categoryId: undefined,
                priority: undefined,
                assigneeId: undefined,
                from: undefined,
                to: undefined,
              })}
              className="block text-sm text-brand-700 hover:underline"
            >
              {t("searchPage.clearFilters")}
            </Link>
          )}
        </aside>

        <section className="min-w-0" aria-label={t("searchPage.results")}>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <nav className="flex gap-1 rounded-lg bg-slate-100 p-1 text-sm" aria-label={t("searchPage.kindLabel")}>
              {([null, "ticket", "article"] as const).map((k) => (
                <Link
                  key={k ?? "all"}
                  href={searchHref(state, { kind: k ? [k] : undefined })}
                  aria-current={activeKind === k || undefined}
                  data-testid={`kind-${k ?? "all"}`}
                  className={clsx(
                    "rounded-md px-3 py-1",
                    activeKind === k ? "bg-white font-medium text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900",
                  )}
                >
                  {k ? t(`searchPage.kinds.${k}`) : t("searchPage.kinds.all")}
                  <span className="ml-1.5 text-xs tabular-nums text-slate-600">
                    {k ? kindCount(k) : kindCount("ticket") + kindCount("article")}
                  </span>
                </Link>
              ))}
            </nav>
            <div className="flex items-center gap-3 text-sm text-slate-500">
              {answer && <span data-testid="search-total">{t("searchPage.total", { count: answer.total })}</span>}
              <nav className="flex gap-1 rounded-lg bg-slate-100 p-1" aria-label={t("searchPage.sortLabel")}>
                {(["relevance", "newest"] as const).map((s) => (
                  <Link
                    key={s}
                    href={searchHref(state, { sort: [s] })}
                    aria-current={query.sort === s || undefined}
                    className={clsx(
                      "rounded-md px-3 py-1",
                      query.sort === s ? "bg-white font-medium text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900",
                    )}
                  >
                    {t(`searchPage.sort.${s}`)}
                  </Link>
                ))}
              </nav>
            </div>
          </div>

          {answer && answer.items.length > 0 ? (
            <ul
              className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm"
              data-testid="search-results"
            >
              {answer.items.map((item) => (
                <SearchResultRow
                  key={`${item.kind}:${item.id}`}
                  item={item}
                  categoryName={item.categoryId ? categoryNames.get(item.categoryId) : undefined}
                  assigneeName={item.assigneeId ? people[item.assigneeId] : undefined}
                />
              ))}
            </ul>
          ) : answer ? (
            <div
              className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-sm text-slate-500"
              data-testid="search-empty"
            >
              {t("searchPage.empty")}
            </div>
          ) : null}

          {answer && (offset > 0 || answer.nextCursor) && (
            <nav aria-label={t("searchPage.pages")} className="mt-4 flex items-center justify-between text-sm text-slate-600">
              <span>{t("searchPage.range", { from: offset + 1, to: offset + answer.items.length, total: answer.total })}</span>
              <span className="flex gap-2">
                {offset > 0 && (
                  <Link
                    className={buttonClass("secondary", "sm")}
                    href={searchHref(state, { cursor: offset - PAGE_SIZE > 0 ? [String(offset - PAGE_SIZE)] : undefined })}
                  >
                    ← {t("searchPage.prev")}
                  </Link>
                )}
                {answer.nextCursor && (
                  <Link
                    className={buttonClass("secondary", "sm")}
                    href={searchHref(state, { cursor: [answer.nextCursor] })}
                    data-testid="search-next"
                  >
                    {t("searchPage.next")} →
                  </Link>
                )}
              </span>
            </nav>
          )}
        </section>
      </div>
    </>
  );
}
