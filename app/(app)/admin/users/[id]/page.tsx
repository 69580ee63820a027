import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EndPersonSessions } from "@/components/admin/end-person-sessions";
import { localName } from "@/components/admin/local-name";
import { PersonForm } from "@/components/admin/person-form";
import { PageHeader } from "@/components/page/page-header";
import { listDepartments } from "@/lib/admin/departments/list-departments";
import { readSettings } from "@/lib/admin/settings/read-settings";
import { getPerson } from "@/lib/admin/users/get-person";
import { requireUser } from "@/lib/auth/require-user";

export async function generateMetadata() {
  return { title: (await getTranslations("adminPages.users"))("editTitle") };
}

// One person: roles, department, VIP, hourly cost, active.
export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireUser("admin.use");
  const t = await getTranslations("adminPages.users");
  const locale = await getLocale();
  const person = await getPerson((await params).id);
  if (!person) notFound();
  const [departments, settings] = await Promise.all([listDepartments(), readSettings()]);
  return (
    <>
      <Link href="/admin/users" className="mb-2 inline-block text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader title={person.name} />
      <p className="-mt-4 mb-6 text-sm text-slate-500">
        {person.email}
        {person.title ? ` · ${person.title}` : ""}
      </p>
      <PersonForm
        person={person}
        isSelf={person.id === me.id}
        defaultCost={settings.defaultHourlyCost}
        departments={departments.map((d) => ({ id: d.id, name: localName(locale, d) }))}
      />
      {person.id !== me.id && (
        <div className="mt-8 max-w-3xl rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="mb-3 text-sm text-slate-600">{t("endSessionsHint")}</p>
          <EndPersonSessions userId={person.id} />
        </div>
      )}
    </>
  );
}
