import { getTranslations } from "next-intl/server";

/** What a page shows while PostgreSQL is away: plain words, no stack trace, and a way back that needs no restart. */
export async function Unavailable() {
  const t = await getTranslations("unavailable");
  return (
    <main role="alert" className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center px-4 text-center">
      <h1 className="mb-2 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("body")}</p>
      <a href="" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        {t("retry")}
      </a>
    </main>
  );
}
