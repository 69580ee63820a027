import type { Locale } from "@/lib/i18n/locale";

/** Numbers as a reader of this language writes them: money in the organisation's currency, time in h and min. */
export function formatters(locale: Locale, currency: string) {
  const money = new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const [h, m] = locale === "ru" ? ["ч", "мин"] : ["h", "min"];
  return {
    money: (n: number) => money.format(n),
    number: (n: number) => number.format(n),
    share: (n: number | null) => (n === null ? "—" : percent.format(n)),
    // Work logged: hours, however many (a "day" of work would be read as 24 hours).
    hours: (minutes: number) => (minutes < 60 ? `${Math.round(minutes)} ${m}` : `${number.format(Math.round(minutes / 6) / 10)} ${h}`),
    // Elapsed time (to answer, to resolve): minutes, hours, then calendar days.
    duration: (minutes: number | null) => {
      if (minutes === null) return "—";
      if (minutes < 60) return `${Math.round(minutes)} ${m}`;
      const hours = minutes / 60;
      return hours < 48
        ? `${number.format(Math.round(hours * 10) / 10)} ${h}`
        : `${number.format(Math.round(hours / 2.4) / 10)} ${locale === "ru" ? "дн" : "d"}`;
    },
  };
}
export type Formatters = ReturnType<typeof formatters>;
