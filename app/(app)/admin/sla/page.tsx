import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SlaForm } from "@/components/admin/sla-form";
import { weekdayText } from "@/components/admin/weekday-text";
import { PageHeader } from "@/components/page/page-header";
import { readSettings } from "@/lib/admin/settings/read-settings";
import { listSlaPolicies } from "@/lib/admin/sla/list-sla-policies";
import { requireUser } from "@/lib/auth/require-user";

export async function generateMetadata() {
  return { title: (await getTranslations("adminPages.nav"))("sla") };
}

const hour = (h: number) => `${String(h).padStart(2, "0")}:00`;

// SLA policy: response and resolution targets per priority, each on a round-the-clock or business calendar.
export default async function SlaPage() {
  await requireUser("admin.use");
  const t = await getTranslations("adminPages");
  const [policies, settings] = await Promise.all([listSlaPolicies(), readSettings()]);
  const hours = settings.businessHours;
  return (
    <>
      <PageHeader title={t("nav.sla")} />
      <p className="-mt-3 mb-2 max-w-3xl text-sm text-slate-600">{t("sla.intro")}</p>
      <p className="mb-5 text-sm text-slate-600">
        {t("sla.businessHours", {
          days: weekdayText(hours.weekdays, (d) => t(`weekdays.${d}`)),
          start: hour(hours.startHour),
          end: hour(hours.endHour),
          zone: hours.timeZone,
        })}{" "}
        <Link href="/admin/settings" className="text-brand-700 underline hover:no-underline">
          {t("sla.changeHours")}
        </Link>
      </p>
      <SlaForm policies={policies} />
    </>
  );
}
