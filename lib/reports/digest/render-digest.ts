import type { Locale } from "@/lib/i18n/locale";

export type DigestFigures = {
  period: { from: string; to: string };
  top: { id: string; label: string; tickets: number; cost: number; gap: boolean }[];
  newGaps: { id: string; label: string; tickets: number }[];
  sla: { resolutionMet: number | null; previous: number | null; breached: number; previousBreached: number };
  csat: { average: number | null; previous: number | null; count: number };
  currency: string;
};

const texts = {
  en: {
    subject: (from: string, to: string) => `Service desk week ${from} – ${to}: recurring problems, SLA, satisfaction`,
    hello: (name: string) => `${name}, the service desk's week in figures.`,
    top: "The costliest recurring problems",
    tickets: (n: number) => `${n} ticket${n === 1 ? "" : "s"}`,
    gap: "no article",
    newGaps: "New gaps in the knowledge base (recurring, and no article covers them)",
    noNewGaps: "No new gaps this week.",
    sla: "SLA: resolved in time",
    breached: "breached",
    csat: "Satisfaction",
    ratings: (n: number) => `${n} rating${n === 1 ? "" : "s"}`,
    before: "the week before",
    all: "All reports",
    none: "No recurring problems this week.",
  },
  ru: {
    subject: (from: string, to: string) => `Неделя службы поддержки ${from} – ${to}: повторяющиеся проблемы, SLA, удовлетворённость`,
    hello: (name: string) => `${name}, неделя службы поддержки в цифрах.`,
    top: "Самые затратные повторяющиеся проблемы",
    tickets: (n: number) => `${n} ${plural(n, "заявка", "заявки", "заявок")}`,
    gap: "нет статьи",
    newGaps: "Новые пробелы в базе знаний (повторяются, а статьи нет)",
    noNewGaps: "Новых пробелов за неделю нет.",
    sla: "SLA: решено в срок",
    breached: "нарушений",
    csat: "Удовлетворённость",
    ratings: (n: number) => `${n} ${plural(n, "оценка", "оценки", "оценок")}`,
    before: "неделей раньше",
    all: "Все отчёты",
    none: "Повторяющихся проблем за неделю нет.",
  },
};

function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? few : many;
}

/** The weekly digest as plain text in the reader's language, every item with its link. */
export function renderDigest(
  figures: DigestFigures,
  reader: { name: string; language: Locale },
  appUrl: string,
): { subject: string; text: string } {
  const t = texts[reader.language];
  const money = new Intl.NumberFormat(reader.language, { style: "currency", currency: figures.currency, maximumFractionDigits: 0 });
  const share = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)} %`);
  const rating = (v: number | null) =>
    v === null ? "—" : v.toLocaleString(reader.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const range = `?from=${figures.period.from}&to=${figures.period.to}`;
  const problemUrl = (id: string) => `${appUrl}/reports/problems/${id}${range}`;
  const lines = [t.hello(reader.name), "", `${t.top}:`];
  if (figures.top.length === 0) lines.push(t.none);
  figures.top.forEach((p, n) =>
    lines.push(
      `${n + 1}. ${p.label} — ${t.tickets(p.tickets)}, ${money.format(p.cost)}${p.gap ? ` (${t.gap})` : ""}`,
      `   ${problemUrl(p.id)}`,
    ),
  );
  lines.push("", `${t.newGaps}:`);
  if (figures.newGaps.length === 0) lines.push(t.noNewGaps);
  for (const g of figures.newGaps) lines.push(`• ${g.label} — ${t.tickets(g.tickets)}`, `  ${problemUrl(g.id)}`);
  lines.push(
    "",
    `${t.sla}: ${share(figures.sla.resolutionMet)} (${t.before}: ${share(figures.sla.previous)}), ${t.breached}: ${figures.sla.breached} (${figures.sla.previousBreached})`,
    `${t.csat}: ${rating(figures.csat.average)} / 5, ${t.ratings(figures.csat.count)} (${t.before}: ${rating(figures.csat.previous)})`,
    "",
    `${t.all}: ${appUrl}/reports${range}`,
  );
  return { subject: t.subject(figures.period.from, figures.period.to), text: lines.join("\n") + "\n" };
}
