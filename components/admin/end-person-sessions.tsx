"use client";

import { useTranslations } from "next-intl";
import { EndSessionsButton } from "@/components/auth/end-sessions-button";
import { revokeSessionsAction } from "@/lib/actions/admin";

export function EndPersonSessions({ userId }: { userId: string }) {
  const t = useTranslations("adminPages.users");
  return (
    <EndSessionsButton
      label={t("endSessions")}
      confirm={t("endSessionsConfirm")}
      done={t("sessionsEnded")}
      run={() => revokeSessionsAction({ userId })}
    />
  );
}
