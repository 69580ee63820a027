import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page/page-header";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/auth/require-user";
import { listSignIns } from "@/lib/auth/throttle/list-sign-ins";

export const dynamic = "force-dynamic";

const tones = {
  signed_in: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  failed: "bg-amber-50 text-amber-900 ring-amber-200",
  refused: "bg-red-50 text-red-800 ring-red-200",
};

// Who signed in, who failed and who was refused for too many failures: address and browser, newest first.
export default async function SignInsPage() {
  await requireUser("admin.use");
  const t = await getTranslations("adminPages.signIns");
  const format = await getFormatter();
  const events = await listSignIns();
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("hint")}</p>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("at")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("outcome")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("account")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("address")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("browser")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {events.map((e) => (
              <tr key={e.id} data-testid="sign-in-row">
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                  {format.dateTime(new Date(e.at), { dateStyle: "short", timeStyle: "medium" })}
                </td>
                <td className="px-3 py-2">
                  <Badge tone={tones[e.action]}>{t(`outcomes.${e.action}`)}</Badge>
                </td>
                <td className="px-3 py-2">
                  {e.userName ? `${e.userName} · ` : ""}
                  {e.email}
                </td>
                <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{e.address}</td>
                <td className="max-w-xs truncate px-3 py-2 text-xs text-slate-600" title={e.userAgent ?? ""}>
                  {e.userAgent ?? "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
