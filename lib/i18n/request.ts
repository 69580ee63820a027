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

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "Europe/Moscow" };
});
