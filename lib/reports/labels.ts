import { sql } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locale";
import { rows } from "./run-sql";

export type LabelKind = "category" | "assignee" | "department" | "line" | "priority" | "month" | "problem";

const priorities: Record<Locale, Record<string, string>> = {
  en: { low: "Low", normal: "Normal", high: "High", critical: "Critical" },
  ru: { low: "Низкий", normal: "Обычный", high: "Высокий", critical: "Критический" },
};
const none: Record<Locale, Record<LabelKind, string>> = {
  en: {
    category: "No category",
    assignee: "Nobody",
    department: "No department",
    line: "No line",
    priority: "—",
    month: "—",
    problem: "Not recurring",
  },
  ru: {
    category: "Без категории",
    assignee: "Никто",
    department: "Без отделения",
    line: "Без линии",
    priority: "—",
    month: "—",
    problem: "Не повторяется",
  },
};

/** Names for the keys a report grouped by, in the reader's language ("Printers › Jams", "November 2026"). */
export async function labelsFor(kind: LabelKind, keys: (string | null)[], locale: Locale): Promise<(key: string | null) => string> {
  const names = await loadNames(
    kind,
    keys.filter((k): k is string => k !== null),
    locale,
  );
  return (key) => (key === null ? none[locale][kind] : (names.get(key) ?? key));
}

async function loadNames(kind: LabelKind, keys: string[], locale: Locale): Promise<Map<string, string>> {
  if (kind === "priority") return new Map(Object.entries(priorities[locale]));
  if (kind === "month") {
    const format = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
    return new Map(keys.map((k) => [k, format.format(new Date(`${k}-15T00:00:00Z`))]));
  }
  if (keys.length === 0) return new Map();
  const ids = sql.join(
    keys.map((k) => sql`${k}::uuid`),
    sql`, `,
  );
  const ru = locale === "ru";
  const query = {
    category: sql`select c.id::text as key, coalesce((case when ${ru} then p.name_ru else p.name_en end) || ' › ', '') || (case when ${ru} then c.name_ru else c.name_en end) as name
      from categories c left join categories p on p.id = c.parent_id where c.id in (${ids})`,
    assignee: sql`select id::text as key, name from users where id in (${ids})`,
    department: sql`select id::text as key, case when ${ru} then name_ru else name_en end as name from departments where id in (${ids})`,
    line: sql`select id::text as key, case when ${ru} then name_ru else name_en end as name from support_lines where id in (${ids})`,
    problem: sql`select id::text as key, case when ${ru} then coalesce(nullif(label_ru, ''), label_en) else coalesce(nullif(label_en, ''), label_ru) end as name
      from problem_groups where id in (${ids})`,
  }[kind];
  return new Map((await rows<{ key: string; name: string }>(query)).map((r) => [r.key, r.name]));
}
