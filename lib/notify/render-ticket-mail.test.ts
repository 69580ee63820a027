import { describe, expect, it } from "vitest";
import { buildEventFacts, type FactsInput } from "./build-event-facts";
import { type MailReader, renderTicketMail } from "./render-ticket-mail";

const ticket = {
  id: "7d5c1c2e-0000-4000-8000-000000000001",
  number: 1042,
  subject: "Принтер не печатает",
  description: "Мигает оранжевая лампа",
};
const names: Record<string, string> = { u1: "Иван Петров", u2: "Анна Смирнова", u3: "Olga Ivanova" };

function facts(event: Partial<FactsInput["event"]> & { action: string }, current: Partial<FactsInput["ticket"]> = {}) {
  return buildEventFacts({
    event: { id: 501, actorId: "u1", ...event },
    ticket: { status: "in_progress", assigneeId: "u1", solution: null, ...current },
    nameOf: (id) => names[id],
  });
}

const requesterRu: MailReader = { userId: "r1", language: "ru", staff: false, reason: "requester" };
const requesterEn: MailReader = { ...requesterRu, language: "en" };
const staffEn: MailReader = { userId: "s1", language: "en", staff: true, reason: "assignee" };

function render(f: ReturnType<typeof facts>, reader: MailReader) {
  return renderTicketMail({ ticket, facts: f, reader, appUrl: "https://desk.example/", timeZone: "Europe/Moscow" });
}

describe("ticket mail", () => {
  const resolved = facts({
    action: "resolved",
    changes: { status: { from: "in_progress", to: "resolved" }, solution: { from: null, to: "Заменён картридж" } },
  });

  it("puts the ticket number first in the subject, in the reader's language", () => {
    expect(render(resolved, requesterRu).subject).toBe("[HD-1042] Принтер не печатает — заявка решена");
    expect(render(resolved, requesterEn).subject).toBe("[HD-1042] Принтер не печатает — ticket resolved");
  });

  it("says who did what, quotes the solution, the status and a link, and asks the requester to confirm", () => {
    const { text } = render(resolved, requesterRu);
    expect(text).toContain("Заявка HD-1042 «Принтер не печатает» решена.");
    expect(text).toContain("Кто: Иван Петров");
    expect(text).toContain("Решение:\nЗаменён картридж");
    expect(text).toContain("Статус: Решена");
    expect(text).toContain("Открыть заявку: https://desk.example/tickets/HD-1042");
    expect(text).toContain("Подтвердите решение или отклоните его");
    expect(text).toContain("Вы получили это письмо как заявитель.");
    const en = render(resolved, requesterEn).text;
    expect(en).toContain('Ticket HD-1042 "Принтер не печатает" was resolved.');
    expect(en).toContain("By: Иван Петров");
    expect(en).toContain("Status: Resolved");
    expect(render(resolved, staffEn).text).not.toContain("Confirm the solution");
  });

  it("makes the created mail the thread's root and every later one a reply to it", () => {
    const created = render(facts({ action: "created", actorId: "u2" }, { status: "new" }), staffEn);
    expect(created.headers["Message-ID"]).toBe(`<ticket-${ticket.id}@helpdesk.local>`);
    expect(created.headers["In-Reply-To"]).toBeUndefined();
    expect(created.text).toContain("Description:\nМигает оранжевая лампа");

    const later = render(resolved, requesterRu);
    expect(later.headers["Message-ID"]).toBe(`<ticket-${ticket.id}.501.r1@helpdesk.local>`);
    expect(later.headers["In-Reply-To"]).toBe(`<ticket-${ticket.id}@helpdesk.local>`);
    expect(later.headers.References).toBe(`<ticket-${ticket.id}@helpdesk.local>`);
    expect(later.headers["Auto-Submitted"]).toBe("auto-generated");
  });

  it("never shows internal text to someone outside IT staff", () => {
    const note = facts({ action: "internal_note", data: { internal: true, body: "Пароль администратора: hunter2" } });
    expect(render(note, staffEn).text).toContain("Note:\nПароль администратора: hunter2");
    expect(render(note, requesterRu).text).not.toContain("hunter2");
    const time = facts({ action: "time_logged", data: { internal: true, minutes: 40, note: "звонил поставщику" } });
    expect(render(time, requesterEn).text).not.toContain("поставщику");
  });

  it("carries the remark, the question, the complaint and the reason", () => {
    expect(render(facts({ action: "remarked", data: { body: "Какая модель?" } }), requesterEn).text).toContain("Remark:\nКакая модель?");
    const waiting = render(
      facts({ action: "waiting", data: { reason: "Какая модель?" }, changes: { status: { from: "in_progress", to: "waiting" } } }),
      requesterRu,
    );
    expect(waiting.subject).toBe("[HD-1042] Принтер не печатает — нужен ответ заявителя");
    expect(waiting.text).toContain("Вопрос:\nКакая модель?");
    expect(waiting.text).toContain("Ответьте комментарием");
    expect(render(facts({ action: "rejected", actorId: "u2", data: { complaint: "Полосы на листе" } }), staffEn).text).toContain(
      "What is still wrong:\nПолосы на листе",
    );
    const escalated = render(
      facts({
        action: "escalated",
        changes: { assigneeId: { from: "u1", to: "u3" }, escalationLevel: { from: 0, to: 1 } },
        data: { previousAssigneeId: "u1", reason: "Нужен сетевой инженер" },
      }),
      requesterEn,
    );
    expect(escalated.text).toContain("handed over: Иван Петров → Olga Ivanova (escalation level 1).");
    expect(escalated.text).toContain("Reason:\nНужен сетевой инженер");
  });

  it("speaks for the desk itself when nobody acted", () => {
    const breach = render(facts({ action: "sla_breached", actorId: null, data: { target: "resolution" } }), {
      ...staffEn,
      language: "ru",
      reason: "dispatcher",
    });
    expect(breach.subject).toBe("[HD-1042] Принтер не печатает — нарушен срок SLA");
    expect(breach.text).not.toContain("Кто:");
    expect(breach.text).toContain("Вы получили это письмо как диспетчер.");
    const warning = render(facts({ action: "sla_warning", actorId: null, data: { dueAt: "2026-11-27T12:00:00.000Z" } }), staffEn);
    expect(warning.text).toContain("due for resolution soon: 27 Nov 2026, 15:00.");
  });

  it("falls back to a plain update for an action it has no words for", () => {
    expect(render(facts({ action: "article_linked" }), requesterRu).subject).toBe("[HD-1042] Принтер не печатает — заявка обновлена");
  });

  it("keeps a subject typed with a line break on one header line", () => {
    const f = facts({ action: "remarked", data: { body: "x" } });
    const mail = renderTicketMail({
      ticket: { ...ticket, subject: "Принтер\r\nBcc: evil@example.com" },
      facts: f,
      reader: requesterEn,
      appUrl: "http://x",
      timeZone: "UTC",
    });
    expect(mail.subject).toBe("[HD-1042] Принтер Bcc: evil@example.com — new remark");
  });
});
