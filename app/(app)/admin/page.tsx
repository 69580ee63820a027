import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page/page-header";
import { adminOverview } from "@/lib/admin/admin-overview";
import { requireUser } from "@/lib/auth/require-user";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("title") };
}

// The admin hub: one card per section, with what it holds now.
export default async function AdminPage() {
  await requireUser("admin.use");
  const t = await getTranslations();
  const o = await adminOverview();
  const cards = [
    {
      href: "/admin/users",
      title: t("adminPages.nav.users"),
      figure: t("adminPages.hub.users", { active: o.activeUsers, inactive: o.inactiveUsers }),
      hint: t("adminPages.hub.usersHint"),
    },
    {
      href: "/admin/departments",
      title: t("adminPages.nav.departments"),
      figure: t("adminPages.hub.departments", { count: o.departments }),
      hint: t("adminPages.hub.departmentsHint"),
    },
    {
      href: "/admin/categories",
      title: t("adminPages.nav.categories"),
      figure: t("adminPages.hub.categories", { count: o.categories }),
      hint: t("adminPages.hub.categoriesHint"),
    },
    {
      href: "/admin/lines",
      title: t("adminPages.nav.lines"),
      figure: t("adminPages.hub.lines", { count: o.lines }),
      hint: t("adminPages.hub.linesHint"),
    },
    {
      href: "/admin/rules",
      title: t("adminPages.nav.rules"),
      figure: t("adminPages.hub.rules", { active: o.activeRules, total: o.rules }),
      hint: t("adminPages.hub.rulesHint"),
    },
    {
      href: "/admin/sla",
      title: t("adminPages.nav.sla"),
      figure: t("adminPages.hub.sla", { count: o.slaPolicies }),
      hint: t("adminPages.hub.slaHint"),
    },
    { href: "/admin/settings", title: t("adminPages.nav.settings"), figure: null, hint: t("adminPages.hub.settings") },
    { href: "/admin/mail", title: t("adminPages.nav.mail"), figure: null, hint: t("adminPages.hub.mail") },
  ];
  return (
    <>
      <PageHeader title={t("admin.title")} />
      <p className="-mt-3 mb-6 max-w-2xl text-sm text-slate-600">{t("adminPages.hub.intro")}</p>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {cards.map((card) => (
          <li key={card.href}>
            <Link
              href={card.href}
              className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-500 hover:bg-brand-50/40"
            >
              <span className="block font-medium text-slate-900">{card.title}</span>
              {card.figure && <span className="mt-1 block text-sm font-medium text-brand-700">{card.figure}</span>}
              <span className="mt-1 block text-sm text-slate-500">{card.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
