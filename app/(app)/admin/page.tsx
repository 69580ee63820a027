import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/page/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { listUsers } from "@/lib/people/list-users";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  await requireUser("admin.use");
  const t = await getTranslations();
  const { items } = await listUsers({ limit: 100 });
  return (
    <>
      <PageHeader title={t("admin.title")}>
        <Link href="/admin/mail" className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
          {t("nav.mail")}
        </Link>
      </PageHeader>
      <Section title={t("admin.users")} count={items.length}>
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-3 py-2 font-medium">{t("admin.name")}</th>
                <th className="px-3 py-2 font-medium">{t("admin.email")}</th>
                <th className="px-3 py-2 font-medium">{t("admin.roles")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((u) => (
                <tr key={u.id}>
                  <td className="px-3 py-2">
                    <div className="font-medium">{u.name}</div>
                    <div className="text-xs text-slate-500">{u.title}</div>
                  </td>
                  <td className="px-3 py-2 text-slate-600">{u.email}</td>
                  <td className="px-3 py-2 text-slate-600">{u.roles.map((r) => t(`roles.${r}`)).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </>
  );
}
