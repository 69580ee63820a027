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
const namespaces = ["core", "tickets", "notify", "admin"] as const;

export async function loadMessages(locale: string): Promise<Record<string, unknown>> {
  const files = await Promise.all(namespaces.map((ns) => import(`./messages/${locale}/${ns}.json`)));
  return Object.assign({}, ...files.map((f) => f.default));
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Moscow" };
});
