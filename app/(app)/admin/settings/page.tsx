import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings-form";
import { PageHeader } from "@/components/page/page-header";
import { readSettings } from "@/lib/admin/settings/read-settings";
import { describeDirectory } from "@/lib/auth/directory/describe-directory";
import { directoryStatus } from "@/lib/auth/directory/directory-status";
import { requireUser } from "@/lib/auth/require-user";
import { listMailboxStates } from "@/lib/mailin/mailbox-status";

export async function generateMetadata() {
  return { title: (await getTranslations("adminPages.nav"))("settings") };
}

// Desk-wide settings: auto-close, the business-hours calendar, the SLA warning, the default hourly cost, and
// mail-in (the mailboxes with their state: those of the environment read-only, others added, changed, retried
// here; and what to do with mail from unknown senders), and the directory sign-in (its state and connection,
// from the environment, and which directory group gives which role).
export default async function SettingsPage() {
  await requireUser("admin.use");
  const t = await getTranslations("adminPages");
  const [settings, mailboxes, directory] = await Promise.all([readSettings(), listMailboxStates(), directoryStatus()]);
  // The zones this server knows; the current one is kept even if the list lacks it (e.g. "UTC").
  const zones = Intl.supportedValuesOf("timeZone");
  const timeZones = zones.includes(settings.businessHours.timeZone) ? zones : [settings.businessHours.timeZone, ...zones];
  return (
    <>
      <PageHeader title={t("nav.settings")} />
      <SettingsForm
        settings={settings}
        timeZones={timeZones}
        mailboxes={mailboxes}
        directory={directory}
        directoryDescription={describeDirectory()}
      />
    </>
  );
}
