import { getTranslations } from "next-intl/server";
import { CategoryTree } from "@/components/admin/category-tree";
import { PageHeader } from "@/components/page/page-header";
import { listCategories } from "@/lib/admin/categories/list-categories";
import { listStaffOptions } from "@/lib/admin/list-options";
import { requireUser } from "@/lib/auth/require-user";

export async function generateMetadata() {
  return { title: (await getTranslations("adminPages.nav"))("categories") };
}

// The category tree: add, rename, default priority and assignee, move and reorder.
export default async function CategoriesPage() {
  await requireUser("admin.use");
  const t = await getTranslations("adminPages");
  const [categories, staff] = await Promise.all([listCategories(), listStaffOptions()]);
  return (
    <>
      <PageHeader title={t("nav.categories")} />
      <p className="-mt-3 mb-5 max-w-3xl text-sm text-slate-600">{t("categories.intro")}</p>
      <CategoryTree categories={categories} staff={staff} />
    </>
  );
}
