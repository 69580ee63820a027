import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { config } from "@/lib/config";
import { readSinkMessages } from "@/lib/mail/read-sink";

export const dynamic = "force-dynamic";

// What the local mail sink caught: in the demo, the mail people would have received.
export default async function MailSinkPage() {
  await requireUser("mail.sink.read");
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const sink = config.usesMailSink();
  const messages = sink ? await readSinkMessages() : [];
  return (
    <>
      <PageHeader title={t("mailTitle")} />
      <p className="mb-4 text-sm text-slate-600">{sink ? t("mailHint") : t("mailReal")}</p>
      {sink && messages.length === 0 && <p className="text-sm text-slate-500">{t("mailEmpty")}</p>}
      <ul className="space-y-3">
        {messages.map((m) => (
          <li key={m.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="sink-message">
            <details>
              <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3">
                <span className="font-medium">{m.subject}</span>
                <span className="text-sm text-slate-500">
                  {t("to")}: {m.to}
                </span>
                {m.date && (
                  <span className="ml-auto text-xs text-slate-500">
                    {format.dateTime(m.date, { dateStyle: "medium", timeStyle: "short" })}
                  </span>
                )}
              </summary>
              <pre className="mt-3 whitespace-pre-wrap font-sans text-sm text-slate-700">{m.text}</pre>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
