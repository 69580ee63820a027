import { useTranslations } from "next-intl";

/** 12 KB / 3.4 MB, in the viewer's language. */
export function FileSize({ bytes }: { bytes: number }) {
  const t = useTranslations("attachments.size");
  if (bytes < 1024 * 1024) return <>{t("kb", { n: Math.max(1, Math.round(bytes / 1024)) })}</>;
  return <>{t("mb", { n: Math.round((bytes / (1024 * 1024)) * 10) / 10 })}</>;
}
