import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MailStatusBadge } from "@/components/notify/mail-status-badge";
import { PageHeader } from "@/components/page/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { listMailLog, type MailStatus, mailStatuses } from "@/lib/notify/list-mail-log";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("notify.mailLog"))("title") };
}

// Every mail the desk meant to send and what became of it: the place to look when someone says "I got nothing".
export default async function MailLogPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requireUser("admin.use");
  const t = await getTranslations("notify.mailLog");
  const format = await getFormatter();
  const requested = (await searchParams).status;
  const status = mailStatuses.find((s) => s === requested) as MailStatus | undefined;
  const { items, counts } = await listMailLog({ status });
  const filters: { key: MailStatus | undefined; label: string; count?: number }[] = [
    { key: undefined, label: t("all") },
    ...mailStatuses.map((s) => ({ key: s, label: t(`statuses.${s}`), count: counts[s] })),
  ];
  return (
    <>
      <PageHeader title={t("title")}>
        <Link href="/admin/mail" className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
          {t("sink")}
        </Link>
      </PageHeader>
      <p className="mb-4 text-sm text-slate-600">{t("hint")}</p>
      <nav aria-label={t("status")} className="mb-4 flex flex-wrap gap-2 text-sm">
        {filters.map((f) => (
          <Link
            key={f.key ?? "all"}
            href={f.key ? `/admin/mail-log?status=${f.key}` : "/admin/mail-log"}
            aria-current={f.key === status ? "page" : undefined}
            className={`rounded-full px-3 py-1 ring-1 ring-inset ${f.key === status ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-200 hover:bg-slate-50"}`}
          >
            {f.label}
            {f.count !== undefined && <span className="ml-1 tabular-nums opacity-75">{f.count}</span>}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-8 text-center text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <div
          tabIndex={0}
          role="region"
          aria-label={t("title")}
          className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
        >
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-3 py-2 font-medium">{t("time")}</th>
                <th className="px-3 py-2 font-medium">{t("to")}</th>
                <th className="px-3 py-2 font-medium">{t("subject")}</th>
                <th className="px-3 py-2 font-medium">{t("status")}</th>
                <th className="px-3 py-2 text-right font-medium">{t("attempts")}</th>
                <th className="px-3 py-2 font-medium">{t("lastError")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((mail) => (
                <tr key={mail.id} data-testid="mail-log-row">
                  <td className="whitespace-nowrap px-3 py-2 text-slate-500">
                    {format.dateTime(mail.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                    {mail.sentAt && (
                      <div className="text-xs text-slate-500">
                        {t("sentAt", { time: format.dateTime(mail.sentAt, { timeStyle: "medium" }) })}
                      </div>
                    )}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-700">{mail.toEmail}</td>
                  <td className="px-3 py-2">
                    <span className="mr-1 rounded bg-slate-100 px-1 font-mono text-[10px] uppercase text-slate-600">{mail.language}</span>
                    {mail.subject}
                  </td>
                  <td className="px-3 py-2">
                    <MailStatusBadge status={mail.status} label={t(`statuses.${mail.status}`)} />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums text-slate-700">{mail.attempts}</td>
                  <td className="max-w-xs truncate px-3 py-2 text-xs text-red-700" title={mail.lastError ?? undefined}>
                    {mail.lastError}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
