import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select, TextInput } from "@/components/ui/input";
import { roles } from "@/lib/auth/roles";

/**
 * Search and filters of the users list: a plain GET form, so the result is a link one can share and the
 * back button works; Enter in the search box submits.
 */
export async function PeopleFilters({ q, role, status }: { q: string; role: string; status: string }) {
  const t = await getTranslations();
  return (
    <form method="get" action="/admin/users" role="search" className="mb-4 flex flex-wrap items-end gap-2">
      <label className="min-w-56 flex-1 text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t("adminPages.users.searchLabel")}</span>
        <TextInput type="search" name="q" defaultValue={q} autoComplete="off" className="h-9" />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t("adminPages.users.role")}</span>
        <Select name="role" defaultValue={role} className="h-9">
          <option value="">{t("adminPages.users.anyRole")}</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </Select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t("adminPages.users.status")}</span>
        <Select name="status" defaultValue={status} className="h-9">
          <option value="active">{t("adminPages.users.statusActive")}</option>
          <option value="inactive">{t("adminPages.users.statusInactive")}</option>
          <option value="all">{t("adminPages.common.all")}</option>
        </Select>
      </label>
      <button type="submit" className={buttonClass("primary")}>
        {t("adminPages.common.search")}
      </button>
      {(q || role || status !== "active") && (
        <Link href="/admin/users" className={buttonClass("ghost")}>
          {t("adminPages.common.reset")}
        </Link>
      )}
    </form>
  );
}
