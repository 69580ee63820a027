import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader, Section } from "@/components/page/page-header";
import { SignOutEverywhere } from "@/components/profile/sign-out-everywhere";
import { CreateTokenForm, RevokeTokenButton } from "@/components/profile/token-forms";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { requireUser } from "@/lib/auth/require-user";

export async function generateMetadata() {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const user = await requireUser("tokens.own");
  const t = await getTranslations();
  const format = await getFormatter();
  const tokens = await listApiTokens(user.id);
  return (
    <>
      <PageHeader title={t("profile.title")} />
      <div className="mb-8 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <div className="text-lg font-medium">{user.name}</div>
        <div className="text-sm text-slate-500">
          {user.email}
          {user.title ? ` · ${user.title}` : ""}
        </div>
        <div className="mt-1 text-sm text-slate-600">{user.roles.map((r) => t(`roles.${r}`)).join(", ")}</div>
      </div>
      <Section title={t("profile.tokens")} count={tokens.filter((x) => !x.revokedAt).length}>
        <p className="mb-3 text-sm text-slate-600">{t("profile.tokensHint")}</p>
        <CreateTokenForm />
        {tokens.length === 0 ? (
          <p className="mt-4 text-sm text-slate-500">{t("profile.none")}</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
            {tokens.map((token) => (
              <li key={token.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm" data-testid="token-row">
                <span className="font-medium">{token.name}</span>
                <code className="rounded bg-slate-100 px-1.5 text-xs text-slate-600">{token.prefix}…</code>
                <span className="text-xs text-slate-500">
                  {t("profile.created")} {format.relativeTime(token.createdAt)} · {t("profile.lastUsed")}{" "}
                  {token.lastUsedAt ? format.relativeTime(token.lastUsedAt) : t("profile.never")}
                </span>
                <span className="ml-auto">
                  {token.revokedAt ? (
                    <span className="text-xs text-slate-500">{t("profile.revoked")}</span>
                  ) : (
                    <RevokeTokenButton tokenId={token.id} />
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("profile.sessions")}>
        <p className="mb-3 text-sm text-slate-600">{t("profile.sessionsHint")}</p>
        <SignOutEverywhere />
      </Section>
    </>
  );
}
