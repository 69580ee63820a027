import { describe, expect, it } from "vitest";
import { detectLanguage, draftFromTicket, stripPersonalDetails } from "./draft";

const category = { id: "4b7f9f38-8d0e-4c39-9a43-0f2a1c7d5e11" };

describe("draftFromTicket", () => {
  it("keeps a sentence that says more than a contact, with placeholders, and drops one that does not", () => {
    const text =
      "Сканер не читает браслет. Смирнова, тел. +7 912 345-67-89. Если срочно, позвоните по 345-67-89 в регистратуру и попросите карточку 2D. Call me back at anna@clinic.org or ext. 2231.";
    expect(stripPersonalDetails(text, ["Смирнова Ольга"], "ru")).toBe(
      "Сканер не читает браслет. Если срочно, позвоните по [телефон] в регистратуру и попросите карточку 2D.",
    );
  });

  it("makes a Russian draft from a Russian ticket, without the requester's personal details", () => {
    const draft = draftFromTicket(
      {
        subject: "Принтер на посту медсестёр не печатает",
        description:
          "Иванова Мария Петровна сообщает: принтер мигает оранжевым. Звонить Марии по +7 (912) 345-67-89 или 8 800 555 35 35, внутренний 345-67-89, почта m.ivanova@clinic.ru. Адрес принтера 10.0.12.7, драйвер 5.2.1, ошибка от 2026-11-27.",
        solution: "Открыть крышку\nЗаменить тонер-картридж\nНапечатать пробную страницу",
        category,
        shareable: true,
      },
      ["Иванова Мария Петровна", "Петров Сергей"],
    );
    expect(draft).toMatchObject({
      title: "Принтер на посту медсестёр не печатает",
      language: "ru",
      categoryId: category.id,
      visibility: "public",
    });
    expect(draft.body).toContain("## Проблема");
    expect(draft.body).toContain("## Решение\n\n1. Открыть крышку\n2. Заменить тонер-картридж\n3. Напечатать пробную страницу");
    for (const detail of ["Иванова", "Марии", "Мария", "912", "555 35 35", "345-67-89", "m.ivanova", "clinic.ru"])
      expect(draft.body).not.toContain(detail);
    expect(draft.body).toContain("[имя] сообщает");
    // The sentence that only said how to reach her is gone, not left as placeholders.
    expect(draft.body).not.toMatch(/Звонить|\[телефон\]|\[e-mail\]/);
    // Technical details that look like numbers stay.
    expect(draft.body).toContain("10.0.12.7");
    expect(draft.body).toContain("5.2.1");
    expect(draft.body).toContain("2026-11-27");
    expect(draft.body).not.toContain("## Problem");
  });

  it("makes an English draft from an English ticket, and keeps a solution that is already a list", () => {
    const draft = draftFromTicket(
      {
        subject: "VPN disconnects every hour",
        description: "John Smith (john.smith@example.com, +1 415 555 0100) says the VPN drops. Smith uses Windows 11.",
        solution: "- Update the VPN client to 7.4\n- Turn off power saving on the Wi-Fi adapter",
        category: null,
        shareable: false,
      },
      ["John Smith"],
    );
    expect(draft).toMatchObject({ title: "VPN disconnects every hour", language: "en", categoryId: null, visibility: "internal" });
    expect(draft.body).toBe(
      "## Problem\n\n[name] ([e-mail], [phone]) says the VPN drops. [name] uses Windows 11.\n\n## Solution\n\n- Update the VPN client to 7.4\n- Turn off power saving on the Wi-Fi adapter\n",
    );
  });

  it("strips names from the title, uses the subject when there is no description, and asks for steps when there is no solution", () => {
    const draft = draftFromTicket({ subject: "Не работает почта у Сидорова", description: "", solution: null, category: null }, [
      "Сидоров Илья",
    ]);
    expect(draft.title).toBe("Не работает почта у [имя]");
    expect(draft.body).toBe("## Проблема\n\nНе работает почта у [имя]\n\n## Решение\n\n_Опишите шаги решения._\n");
  });
});

describe("personal details", () => {
  it("leaves ordinary words that merely start like a short name alone", () => {
    expect(stripPersonalDetails("Ли настроил ноутбук, ничего личного", ["Ли Ан"], "ru")).toBe("Ли настроил ноутбук, ничего личного");
  });

  it("detects the ticket's language from its letters", () => {
    expect(detectLanguage("Outlook не запускается после обновления")).toBe("ru");
    expect(detectLanguage("Outlook does not start", "")).toBe("en");
  });
});
