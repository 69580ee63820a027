import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings-form";
import { PageHeader } from "@/components/page/page-header";
import { readSettings } from "@/lib/admin/settings/read-settings";
import { requireUser } from "@/lib/auth/require-user";

export async function generateMetadata() {
  return { title: (await getTranslations("adminPages.nav"))("settings") };
}

// Desk-wide settings: auto-close, the business-hours calendar, the SLA warning and the default hourly cost.
export default async function SettingsPage() {
  await requireUser("admin.use");
  const t = await getTranslations("adminPages");
  const settings = await readSettings();
  // The zones this server knows; the current one is kept even if the list lacks it (e.g. "UTC").
  const zones = Intl.supportedValuesOf("timeZone");
  const timeZones = zones.includes(settings.businessHours.timeZone) ? zones : [settings.businessHours.timeZone, ...zones];
  return (
    <>
      <PageHeader title={t("nav.settings")} />
      <SettingsForm settings={settings} timeZones={timeZones} />
    </>
  );
}
