import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { Unavailable } from "@/components/page/unavailable";
import { getSessionUser } from "@/lib/auth/current-user";
import { directoryStatus } from "@/lib/auth/directory/directory-status";
import { homePathFor } from "@/lib/auth/roles";
import { isDatabaseUnavailable } from "@/lib/errors";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage() {
  const user = await getSessionUser().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return "unavailable" as const;
    throw error;
  });
  if (user === "unavailable") return <Unavailable />;
  if (user) redirect(homePathFor(user.roles));
  const t = await getTranslations();
  // With a directory configured, the page says when it is down: domain accounts cannot sign in then.
  const directory = await directoryStatus();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-brand-50 to-slate-50 px-4">
      <div className="absolute right-4 top-4">
        <LanguageSwitch />
      </div>
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <div className="mx-auto mb-3 flex h-12 w-12 items-center justify-center rounded-xl bg-brand-600 text-xl font-bold text-white shadow-sm">
            SD
          </div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("app.name")}</h1>
          <p className="mt-1 text-sm text-slate-500">{t("app.tagline")}</p>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm directory={directory} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">{t("signIn.demoHint")}</p>
      </div>
    </main>
  );
}
