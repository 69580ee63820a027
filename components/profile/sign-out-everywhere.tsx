"use client";

import { useTranslations } from "next-intl";
import { EndSessionsButton } from "@/components/auth/end-sessions-button";
import { signOutEverywhereAction } from "@/lib/actions/profile";

export function SignOutEverywhere() {
  const t = useTranslations("profile");
  return (
    <EndSessionsButton
      label={t("signOutEverywhere")}
      confirm={t("signOutEverywhereConfirm")}
      done={t("signedOutEverywhere")}
      run={() => signOutEverywhereAction({})}
      thenSignIn
    />
  );
}
