import { getLocale, getTranslations } from "next-intl/server";
import { categoryOptions } from "@/components/admin/category-options";
import { localName } from "@/components/admin/local-name";
import { RuleList } from "@/components/admin/rule-list";
import { PageHeader } from "@/components/page/page-header";
import { listCategories } from "@/lib/admin/categories/list-categories";
import { listDepartments } from "@/lib/admin/departments/list-departments";
import { listLines } from "@/lib/admin/lines/list-lines";
import { listStaffOptions } from "@/lib/admin/list-options";
import { listRules } from "@/lib/admin/rules/list-rules";
import { requireUser } from "@/lib/auth/require-user";

export async function generateMetadata() {
  return { title: (await getTranslations("adminPages.nav"))("rules") };
}

// Assignment rules, in the order routing tries them: add, edit, reorder, switch on and off.
export default async function RulesPage() {
  await requireUser("admin.use");
  const t = await getTranslations("adminPages");
  const locale = await getLocale();
  const [rules, categories, departments, lines, staff] = await Promise.all([
    listRules(),
    listCategories(),
    listDepartments(),
    listLines(),
    listStaffOptions(),
  ]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);
  return (
    <>
      <PageHeader title={t("nav.rules")} />
      <p className="-mt-3 mb-5 max-w-3xl text-sm text-slate-600">{t("rules.intro")}</p>
      <RuleList
        rules={rules}
        options={{
          categories: categoryOptions(categories, locale).map((c) => ({ id: c.id, name: c.label })),
          departments: departments.map((d) => ({ id: d.id, name: localName(locale, d) })).sort(byName),
          lines: lines.map((l) => ({ id: l.id, name: localName(locale, l) })).sort(byName),
          staff: staff.map((s) => ({ id: s.id, name: s.name })),
        }}
      />
    </>
  );
}
