import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";

// [path under /admin, label key]
const sections = [
  ["users", "users"],
  ["departments", "departments"],
  ["categories", "categories"],
  ["lines", "lines"],
  ["rules", "rules"],
  ["sla", "sla"],
  ["settings", "settings"],
  ["mail-log", "mailLog"],
  ["mail", "mail"],
  ["sign-ins", "signIns"],
] as const;

// Every admin page shares one sub-navigation. Each page still checks the permission itself: a layout is
// not re-run on every navigation, so it cannot be the guard.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("adminPages.nav");
  const items = [{ href: "/admin", label: t("overview") }, ...sections.map(([path, key]) => ({ href: `/admin/${path}`, label: t(key) }))];
  return (
    <div className="lg:grid lg:grid-cols-[12rem_minmax(0,1fr)] lg:gap-8">
      <AdminNav label={t("label")} items={items} />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
