import { getLocale, getTranslations } from "next-intl/server";
import { DepartmentList } from "@/components/admin/department-list";
import { PageHeader } from "@/components/page/page-header";
import { listDepartments } from "@/lib/admin/departments/list-departments";
import { listPeopleOptions } from "@/lib/admin/list-options";
import { requireUser } from "@/lib/auth/require-user";

export async function generateMetadata() {
  return { title: (await getTranslations("adminPages.nav"))("departments") };
}

// Departments: names in both languages and the head, who files and sees the department's tickets.
export default async function DepartmentsPage() {
  await requireUser("admin.use");
  const t = await getTranslations("adminPages");
  const locale = await getLocale();
  const [departments, people] = await Promise.all([listDepartments(), listPeopleOptions()]);
  const sorted = [...departments].sort((a, b) =>
    (locale === "en" ? a.nameEn : a.nameRu).localeCompare(locale === "en" ? b.nameEn : b.nameRu, locale),
  );
  return (
    <>
      <PageHeader title={t("nav.departments")} />
      <DepartmentList departments={sorted} people={people} />
    </>
  );
}
