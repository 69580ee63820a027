import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/current-user";
import { pickLocale } from "./locale";

export const LOCALE_COOKIE = "locale";

/** The request's language: the user's saved preference, else the switch's cookie, else Accept-Language. */
export async function requestLocale() {
  const [user, cookieStore, headerList] = await Promise.all([getSessionUser().catch(() => null), cookies(), headers()]);
  return pickLocale(user?.language, cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
}

// One file of messages per area, so each area's strings live beside each other; merged per request.
const namespaces = [
  "core",
  "tickets",
  "notify",
  "admin",
  "search",
  "kb",
  "kb-write",
  "kb-review",
  "capture",
  "reports",
  "problems",
] as const;

type Messages = { [key: string]: string | Messages };

function mergeDeep(into: Messages, from: Messages): Messages {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    into[key] = typeof value === "object" && typeof existing === "object" ? mergeDeep({ ...existing }, value) : value;
  }
  return into;
}

export async function loadMessages(locale: string): Promise<Messages> {
  const files = await Promise.all(namespaces.map((ns) => import(`./messages/${locale}/${ns}.json`)));
  return files.reduce<Messages>((all, file) => mergeDeep(all, file.default as Messages), {});
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Moscow" };
});
