import type { Column } from "./table-file";

type Keyed = { key: string | null; label: string };
const h = (en: string, ru: string) => ({ en, ru });
const share = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

const problemStatus = { open: h("open", "открыта"), known_error: h("known error", "известная ошибка") };

const group: Column<Keyed> = { header: h("Group", "Группа"), value: (r) => r.label };

export const effortColumns: Column<Keyed & { tickets: number; minutes: number; cost: number }>[] = [
  group,
  { header: h("Tickets", "Заявок"), value: (r) => r.tickets },
  { header: h("Minutes", "Минут"), value: (r) => r.minutes },
  { header: h("Hours", "Часов"), value: (r) => Math.round((r.minutes / 60) * 10) / 10 },
  { header: h("Cost", "Стоимость"), value: (r) => r.cost },
];

export const slaColumns: Column<
  Keyed & {
    tickets: number;
    responseMet: number | null;
    resolutionMet: number | null;
    breached: number;
    resolutionMedianMinutes: number | null;
  }
>[] = [
  group,
  { header: h("Tickets", "Заявок"), value: (r) => r.tickets },
  { header: h("Response met, %", "Реакция в срок, %"), value: (r) => share(r.responseMet) },
  { header: h("Resolution met, %", "Решение в срок, %"), value: (r) => share(r.resolutionMet) },
  { header: h("Breached", "Нарушений"), value: (r) => r.breached },
  { header: h("Median resolution, min", "Медиана решения, мин"), value: (r) => r.resolutionMedianMinutes },
];

export const satisfactionColumns: Column<
  Keyed & { count: number; average: number | null; distribution: Record<string, number>; rejections: number }
>[] = [
  group,
  { header: h("Ratings", "Оценок"), value: (r) => r.count },
  { header: h("Average", "Средняя"), value: (r) => r.average },
  ...(["1", "2", "3", "4", "5"] as const).map((n) => ({
    header: h(`Rated ${n}`, `Оценка ${n}`),
    value: (r: { distribution: Record<string, number> }) => r.distribution[n],
  })),
  { header: h("Rejections", "Отклонений"), value: (r) => r.rejections },
];

export const problemColumns: Column<{
  label: string;
  tickets: number;
  previous: number;
  requesters: number;
  departments: number;
  minutes: number;
  cost: number;
  resolutionMedianMinutes: number | null;
  breachedShare: number;
  reopenedShare: number;
  satisfaction: number | null;
  coverage: { title: string; share: number } | null;
  gap: boolean;
  sampleTickets: string[];
  problem: { number: string; status: "open" | "known_error" } | null;
}>[] = [
  { header: h("Problem", "Проблема"), value: (r) => r.label },
  { header: h("Tickets", "Заявок"), value: (r) => r.tickets },
  { header: h("Previous period", "Прошлый период"), value: (r) => r.previous },
  { header: h("Requesters", "Заявителей"), value: (r) => r.requesters },
  { header: h("Departments", "Отделений"), value: (r) => r.departments },
  { header: h("Minutes", "Минут"), value: (r) => r.minutes },
  { header: h("Cost", "Стоимость"), value: (r) => r.cost },
  { header: h("Median resolution, min", "Медиана решения, мин"), value: (r) => r.resolutionMedianMinutes },
  { header: h("SLA breached, %", "Нарушен SLA, %"), value: (r) => share(r.breachedShare) },
  { header: h("Reopened, %", "Переоткрыто, %"), value: (r) => share(r.reopenedShare) },
  { header: h("Satisfaction", "Удовлетворённость"), value: (r) => r.satisfaction },
  // The problem record open for it: its number and state, as the page shows them.
  {
    header: h("Problem record", "Проблема в работе"),
    value: (r, locale) => (r.problem ? `${r.problem.number} (${problemStatus[r.problem.status][locale]})` : null),
  },
  { header: h("Article", "Статья"), value: (r) => r.coverage?.title ?? null },
  { header: h("Resolved with an article, %", "Решено по статье, %"), value: (r) => (r.coverage ? share(r.coverage.share) : null) },
  { header: h("No article", "Нет статьи"), value: (r) => (r.gap ? "✔" : "") },
  { header: h("Tickets (sample)", "Заявки (примеры)"), value: (r) => r.sampleTickets.join(" ") },
];

export const selfServiceColumns: Column<{ title: string; shown: number; opened: number; solved: number; recontacted: number }>[] = [
  { header: h("Article", "Статья"), value: (r) => r.title },
  { header: h("Shown", "Показана"), value: (r) => r.shown },
  { header: h("Opened", "Открыта"), value: (r) => r.opened },
  { header: h("Solved the problem", "Решила проблему"), value: (r) => r.solved },
  { header: h("Came back within 7 days", "Вернулись за 7 дней"), value: (r) => r.recontacted },
];
