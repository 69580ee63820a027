import { getLocale, getTranslations } from "next-intl/server";
import { LineList } from "@/components/admin/line-list";
import { PageHeader } from "@/components/page/page-header";
import { listLines } from "@/lib/admin/lines/list-lines";
import { listStaffOptions } from "@/lib/admin/list-options";
import { requireUser } from "@/lib/auth/require-user";

export async function generateMetadata() {
  return { title: (await getTranslations("adminPages.nav"))("lines") };
}

// Support lines: named groups of specialists that rules and escalations hand tickets to.
export default async function LinesPage() {
  await requireUser("admin.use");
  const t = await getTranslations("adminPages");
  const locale = await getLocale();
  const [lines, staff] = await Promise.all([listLines(), listStaffOptions()]);
  const sorted = [...lines].sort((a, b) =>
    locale === "en" ? a.nameEn.localeCompare(b.nameEn, "en") : a.nameRu.localeCompare(b.nameRu, "ru"),
  );
  return (
    <>
      <PageHeader title={t("nav.lines")} />
      <p className="-mt-3 mb-5 max-w-3xl text-sm text-slate-600">{t("lines.intro")}</p>
      <LineList lines={sorted} staff={staff} />
    </>
  );
}
