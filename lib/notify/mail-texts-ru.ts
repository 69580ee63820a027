import type { Headline, MailTexts } from "./mail-texts";

// Events that say no more than that the ticket changed, as a name from an older version does.
const updated = "заявка обновлена";
const wasUpdated: Headline = (_, x) => `Заявка ${x.ref} обновлена.`;

// Sentences avoid past-tense verbs with a person as subject ("решил/решила"): the name stands on its own
// "Кто:" line, so no template has to guess anyone's grammatical gender.
export const ru: MailTexts = {
  quote: (s) => `«${s}»`,
  status: {
    new: "Новая",
    in_progress: "В работе",
    waiting: "Ожидает ответа заявителя",
    resolved: "Решена",
    closed: "Закрыта",
    cancelled: "Отменена",
  },
  priority: { low: "низкий", normal: "обычный", high: "высокий", critical: "критический" },
  subject: {
    created: "новая заявка",
    assigned: "заявка назначена",
    started: "заявка в работе",
    remarked: "новый комментарий",
    internal_note: "внутренняя заметка",
    waiting: "нужен ответ заявителя",
    answered: "получен ответ заявителя",
    resolved: "заявка решена",
    confirmed: "решение подтверждено",
    rejected: "решение отклонено",
    escalated: "заявка передана",
    priority_changed: "изменён приоритет",
    cancelled: "заявка отменена",
    watcher_added: "добавлен наблюдатель",
    watcher_removed: "наблюдатель удалён",
    time_logged: "учтено время",
    attachment_added: updated,
    article_captured: updated,
    article_linked: updated,
    auto_closed: "заявка закрыта автоматически",
    sla_warning: "скоро срок решения",
    sla_breached: "нарушен срок SLA",
  },
  subjectOther: updated,
  headline: {
    created: (_, x) => `Создана заявка ${x.ref}.`,
    assigned: (f, x) => `Заявка ${x.ref} назначена на исполнителя: ${f.assigneeName ?? "—"}.`,
    started: (_, x) => `Начата работа по заявке ${x.ref}.`,
    remarked: (_, x) => `Новый комментарий к заявке ${x.ref}.`,
    internal_note: (_, x) => `Внутренняя заметка к заявке ${x.ref} (видна только ИТ-службе).`,
    waiting: (_, x) => `По заявке ${x.ref} нужен ответ заявителя; срок решения приостановлен.`,
    answered: (_, x) => `Получен ответ заявителя по заявке ${x.ref}; она снова в работе.`,
    resolved: (_, x) => `Заявка ${x.ref} решена.`,
    confirmed: (_, x) => `Решение по заявке ${x.ref} подтверждено, заявка закрыта.`,
    rejected: (_, x) => `Решение по заявке ${x.ref} отклонено, заявка возвращена в работу.`,
    escalated: (f, x) =>
      `Заявка ${x.ref} передана: ${f.previousAssigneeName ?? "без исполнителя"} → ${f.assigneeName ?? "линия поддержки"}` +
      (f.level ? ` (уровень эскалации ${f.level}).` : "."),
    priority_changed: (f, x) => `Приоритет заявки ${x.ref} изменён: ${x.priority(f.priorityFrom)} → ${x.priority(f.priorityTo)}.`,
    cancelled: (_, x) => `Заявка ${x.ref} отменена.`,
    watcher_added: (f, x) => `К заявке ${x.ref} добавлен наблюдатель: ${f.personName ?? "—"}.`,
    watcher_removed: (f, x) => `Из наблюдателей заявки ${x.ref} исключён участник: ${f.personName ?? "—"}.`,
    time_logged: (f, x) => `По заявке ${x.ref} учтено время: ${f.minutes ?? 0} мин.`,
    attachment_added: wasUpdated,
    article_captured: wasUpdated,
    article_linked: wasUpdated,
    auto_closed: (f, x) =>
      `Заявка ${x.ref} закрыта автоматически: решение не подтверждено и не отклонено` + (f.days ? ` за ${f.days} дн.` : "."),
    sla_warning: (f, x) => `Срок решения заявки ${x.ref} скоро истекает` + (f.dueAt ? `: ${x.date(f.dueAt)}.` : "."),
    sla_breached: (f, x) =>
      `Нарушен срок ${f.target === "response" ? "первого ответа" : "решения"} по заявке ${x.ref}; заявка эскалирована.`,
  },
  headlineOther: wasUpdated,
  labels: {
    by: "Кто",
    requester: "Заявитель",
    description: "Описание",
    remark: "Комментарий",
    note: "Заметка",
    question: "Вопрос",
    solution: "Решение",
    rating: "Оценка",
    comment: "Отзыв",
    complaint: "Что не так",
    reason: "Причина",
    status: "Статус",
    link: "Открыть заявку",
  },
  ratingValue: (n) => `${n} из 5`,
  hints: {
    answer: "Ответьте комментарием на странице заявки — работа продолжится.",
    confirm: "Подтвердите решение или отклоните его на странице заявки. Без ответа заявка через несколько дней закроется сама.",
  },
  why: {
    requester: "Вы получили это письмо как заявитель.",
    filer: "Вы получили это письмо, потому что подали эту заявку.",
    assignee: "Вы получили это письмо как исполнитель заявки.",
    previousAssignee: "Вы получили это письмо как прежний исполнитель заявки.",
    watcher: "Вы получили это письмо как наблюдатель заявки.",
    dispatcher: "Вы получили это письмо как диспетчер.",
  },
};
