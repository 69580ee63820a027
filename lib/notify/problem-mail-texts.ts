import type { ProblemEventName } from "@/lib/problems/problem-events";
import type { ProblemRecipientReason } from "./pick-problem-recipients";

/** The texts of problem mail in one language: one line per event, so adding an event makes the compiler ask for both. */
export type ProblemMailTexts = {
  quote: (title: string) => string;
  /** What happened, after "[PRB-12] «title» — " in the subject line. */
  subject: Record<ProblemEventName, string>;
  labels: {
    by: string;
    workaround: string;
    solution: string;
    rootCause: string;
    ticket: string;
    minutes: string;
    resolvedTickets: string;
    link: string;
  };
  why: Record<ProblemRecipientReason, string>;
};

// As in the ticket mails, the Russian sentences leave the actor out of the verb (their name is on the "Кто:" line).
const ru: ProblemMailTexts = {
  quote: (s) => `«${s}»`,
  subject: {
    created: "открыта проблема",
    updated: "изменена",
    ticket_linked: "связана заявка",
    ticket_unlinked: "заявка отвязана",
    known_error: "известная ошибка, есть обходное решение",
    resolved: "решена",
    closed: "закрыта",
    time_logged: "учтено время",
    watcher_added: "добавлен наблюдатель",
    watcher_removed: "наблюдатель удалён",
  },
  labels: {
    by: "Кто",
    workaround: "Обходное решение",
    solution: "Решение",
    rootCause: "Первопричина",
    ticket: "Заявка",
    minutes: "Минут",
    resolvedTickets: "Решены связанные заявки",
    link: "Открыть проблему",
  },
  why: {
    owner: "Вы получили это письмо как ответственный за проблему.",
    watcher: "Вы получили это письмо как наблюдатель проблемы.",
    previousOwner: "Вы получили это письмо, потому что были ответственным за проблему.",
  },
};

const en: ProblemMailTexts = {
  quote: (s) => `"${s}"`,
  subject: {
    created: "problem opened",
    updated: "changed",
    ticket_linked: "ticket linked",
    ticket_unlinked: "ticket unlinked",
    known_error: "known error, with a workaround",
    resolved: "resolved",
    closed: "closed",
    time_logged: "time logged",
    watcher_added: "watcher added",
    watcher_removed: "watcher removed",
  },
  labels: {
    by: "By",
    workaround: "Workaround",
    solution: "Solution",
    rootCause: "Root cause",
    ticket: "Ticket",
    minutes: "Minutes",
    resolvedTickets: "Linked tickets resolved",
    link: "Open the problem",
  },
  why: {
    owner: "You receive this mail as the problem's owner.",
    watcher: "You receive this mail as a watcher of the problem.",
    previousOwner: "You receive this mail as the problem's previous owner.",
  },
};

export const problemMailTexts: Record<"ru" | "en", ProblemMailTexts> = { ru, en };
