import { describe, expect, it } from "vitest";
import { stripReply } from "./strip-reply";

describe("stripReply", () => {
  it("drops the quoted history under an English or Russian attribution line", () => {
    expect(
      stripReply("Still broken.\n\nOn Mon, 1 Dec 2026 at 10:00, Service Desk <desk@x.ru> wrote:\n> Your ticket HD-5 was resolved"),
    ).toBe("Still broken.");
    expect(stripReply("Не помогло.\n\nПн, 1 дек. 2026 г. в 10:00, Служба поддержки <desk@x.ru> написал(а):\n> Заявка решена")).toBe(
      "Не помогло.",
    );
  });

  it("drops Outlook's copied header block and the original-message separator", () => {
    expect(stripReply("Thanks!\n\nFrom: Service Desk <desk@x.ru>\nSent: Monday\nSubject: [HD-5]\n\nold text")).toBe("Thanks!");
    expect(stripReply("Ok\n-----Original Message-----\nold")).toBe("Ok");
    expect(stripReply("Да\n-----Исходное сообщение-----\nстарое")).toBe("Да");
  });

  it("keeps a From: line that is part of what the person wrote", () => {
    expect(stripReply("From: the third floor, printer 2\nIt jams.")).toBe("From: the third floor, printer 2\nIt jams.");
  });

  it("drops the signature after '-- ' and the phone's footer", () => {
    expect(stripReply("Works now.\n-- \nIvan Petrov\nWard 3")).toBe("Works now.");
    expect(stripReply("Работает.\n\nОтправлено с iPhone")).toBe("Работает.");
  });

  it("drops trailing '>' quoted lines", () => {
    expect(stripReply("Yes\n\n> did it help?\n> ok")).toBe("Yes");
  });

  it("keeps the whole text when stripping would leave nothing", () => {
    expect(stripReply("> only a quote")).toBe("> only a quote");
  });
});
