import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

// The same answer for a ticket that does not exist and one the viewer may not see.
export default async function TicketNotFound() {
  const t = await getTranslations("ticket");
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-xl font-semibold text-slate-900">{t("notFound")}</h1>
      <p className="mt-2 text-sm text-slate-500">{t("notFoundHint")}</p>
      <Link href="/" className={buttonClass("secondary", "md", "mt-6")}>
        {t("home")}
      </Link>
    </div>
  );
}
