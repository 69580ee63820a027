import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/admin/local-name";
import { Pagination } from "@/components/admin/pagination";
import { PeopleFilters } from "@/components/admin/people-filters";
import { PageHeader } from "@/components/page/page-header";
import { Badge } from "@/components/ui/badge";
import { listPeople, listPeopleQuery, PEOPLE_PAGE_SIZE } from "@/lib/admin/users/list-people";
import { requireUser } from "@/lib/auth/require-user";

export async function generateMetadata() {
  return { title: (await getTranslations("adminPages.nav"))("users") };
}

// Users and roles: find a person, open them to change roles, department, VIP, hourly cost or deactivate.
export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("admin.use");
  const t = await getTranslations();
  const locale = await getLocale();
  const query = listPeopleQuery.parse(await searchParams);
  const { items, total, page } = await listPeople(query);
  const pages = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const hrefFor = (p: number) => {
    const search = new URLSearchParams();
    if (query.q) search.set("q", query.q);
    if (query.role) search.set("role", query.role);
    if (query.status !== "active") search.set("status", query.status);
    if (p > 1) search.set("page", String(p));
    return `/admin/users${search.size ? `?${search}` : ""}`;
  };
  return (
    <>
      <PageHeader title={t("adminPages.nav.users")} />
      <PeopleFilters q={query.q ?? ""} role={query.role ?? ""} status={query.status} />
      <p className="mb-2 text-sm text-slate-500" aria-live="polite">
        {t("adminPages.users.found", { count: total })}
      </p>
      {items.length > 0 && (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-3 py-2 font-medium">{t("admin.name")}</th>
                <th className="px-3 py-2 font-medium">{t("admin.department")}</th>
                <th className="px-3 py-2 font-medium">{t("admin.roles")}</th>
                <th className="px-3 py-2 text-right font-medium">{t("adminPages.users.cost")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((u) => (
                <tr key={u.id} className={u.active ? "hover:bg-slate-50" : "bg-slate-50/60 text-slate-500"} data-testid="admin-user-row">
                  <td className="px-3 py-2">
                    <Link href={`/admin/users/${u.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                      {u.name}
                    </Link>
                    {u.vip && <Badge tone="ml-2 bg-amber-50 text-amber-800 ring-amber-200">{t("adminPages.users.vip")}</Badge>}
                    {!u.active && <Badge tone="ml-2 bg-slate-100 text-slate-600 ring-slate-200">{t("adminPages.common.inactive")}</Badge>}
                    <div className="text-xs text-slate-500">
                      {u.email}
                      {u.title ? ` · ${u.title}` : ""}
                    </div>
                  </td>
                  <td className="px-3 py-2 text-slate-600">
                    {u.departmentRu ? (
                      localName(locale, { nameRu: u.departmentRu, nameEn: u.departmentEn ?? "" })
                    ) : (
                      <span className="text-slate-500">—</span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <div className="flex flex-wrap gap-1">
                      {u.roles.map((r) => (
                        <Badge
                          key={r}
                          tone={r === "admin" ? "bg-brand-50 text-brand-700 ring-brand-100" : "bg-slate-50 text-slate-700 ring-slate-200"}
                        >
                          {t(`roles.${r}`)}
                        </Badge>
                      ))}
                    </div>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums text-slate-600">
                    {u.hourlyCost !== null ? (
                      t("adminPages.common.rubles", { amount: u.hourlyCost })
                    ) : (
                      <span className="text-slate-500">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pages={pages} hrefFor={hrefFor} />
    </>
  );
}
