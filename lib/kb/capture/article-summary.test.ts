import { describe, expect, it } from "vitest";
import { articleExcerpt, articleSummary, plainInline } from "./article-summary";

describe("articleSummary", () => {
  it("takes the steps under a solution heading, as plain numbered lines", () => {
    const body = [
      "## Прежде всего",
      "",
      "Замятие бумаги — самая частая неисправность.",
      "",
      "## Порядок действий",
      "",
      "1. Не выключайте аппарат **сразу**.",
      "2. Выдвиньте кассету и извлеките [смятые листы](https://example.org/x).",
      "   Тяните бумагу медленно.",
      "3. Закройте крышку, нажмите `OK`.",
      "",
      "## Если не помогло",
      "",
      "1. Позвоните в ИТ.",
    ].join("\n");
    expect(articleSummary(body)).toBe(
      "1. Не выключайте аппарат сразу.\n2. Выдвиньте кассету и извлеките смятые листы. Тяните бумагу медленно.\n3. Закройте крышку, нажмите OK.",
    );
  });

  it("reads a captured draft: the solution section, even when it is one paragraph", () => {
    const body = "## Problem\n\nThe VPN drops every hour.\n\n## Solution\n\nUpdate the VPN client to 7.4 and turn off power saving.\n";
    expect(articleSummary(body)).toBe("Update the VPN client to 7.4 and turn off power saving.");
  });

  it("falls back to the first numbered list, then to the first paragraph", () => {
    expect(articleSummary("## Networks\n\n- Staff\n- Guest\n\n## Connect\n\n1. Pick *OKB-Staff*\n2. Sign in\n")).toBe(
      "1. Pick OKB-Staff\n2. Sign in",
    );
    expect(
      articleSummary("# Title\n\n![screen](a.png)\n\nRestart the **printer** and wait.\nIt comes back in a minute.\n\nMore text."),
    ).toBe("Restart the printer and wait. It comes back in a minute.");
    expect(articleSummary("")).toBe("");
    expect(articleSummary("## Only a heading")).toBe("");
  });

  it("keeps whole steps while they fit, and says more follow", () => {
    const steps = Array.from({ length: 12 }, (_, i) => `${i + 1}. Step number ${i + 1} of the procedure`).join("\n");
    const summary = articleSummary(`## Steps\n\n${steps}`);
    expect(summary.split("\n")).toHaveLength(9);
    expect(summary.endsWith("\n…")).toBe(true);
    const short = articleSummary(`## Steps\n\n${steps}`, 80);
    expect(short).toBe("1. Step number 1 of the procedure\n2. Step number 2 of the procedure\n…");
  });

  it("cuts a long paragraph at a word, with an ellipsis", () => {
    const summary = articleSummary(`${"слово ".repeat(300)}конец`, 100);
    expect(summary.length).toBeLessThanOrEqual(100);
    expect(summary.endsWith("слово…")).toBe(true);
  });

  it("skips code blocks and tables", () => {
    expect(articleSummary("```\nrm -rf /\n```\n\n| a | b |\n|---|---|\n\nPlain words.")).toBe("Plain words.");
  });
});

describe("plainInline", () => {
  it("drops marks but keeps words, and leaves snake_case and arithmetic alone", () => {
    expect(plainInline("**Bold**, _it_, `code`, [link](http://x) <b>html</b> \\*star")).toBe("Bold, it, code, link html *star");
    expect(plainInline("file_name_here and 2 * 3 * 4")).toBe("file_name_here and 2 * 3 * 4");
  });
});

describe("articleExcerpt", () => {
  it("says what the article is about: its first paragraph, else its first list", () => {
    expect(articleExcerpt("## Прежде всего\n\nЗамятие бумаги — **частая** неисправность.\n\n1. Шаг")).toBe(
      "Замятие бумаги — частая неисправность.",
    );
    expect(articleExcerpt("## Сети\n\n- **OKB-Staff** — служебная\n- OKB-Guest\n")).toBe("OKB-Staff — служебная; OKB-Guest");
    expect(articleExcerpt("")).toBe("");
  });
});

describe("which section holds the steps", () => {
  const cartridge = [
    "## Когда менять картридж",
    "",
    "Аппарат сообщает «Тонер заканчивается».",
    "",
    "## Как заказать картридж",
    "",
    "1. Создайте заявку.",
    "",
    "## Как заменить картридж самостоятельно",
    "",
    "1. Откройте крышку.",
    "2. Вставьте новый картридж.",
  ].join("\n");

  it("prefers a sure heading ('…самостоятельно', 'Порядок действий') to a mere 'Как …'", () => {
    expect(articleSummary(cartridge, 700, "Замена картриджа в принтере или МФУ")).toBe("1. Откройте крышку.\n2. Вставьте новый картридж.");
  });

  it("breaks a tie between 'how to' sections by the words of the title", () => {
    const mailbox = "## Как посмотреть размер ящика\n\n1. Откройте свойства.\n\n## Как освободить место\n\n1. Очистите удалённые.\n";
    expect(articleSummary(mailbox, 700, "Почтовый ящик переполнен: как освободить место")).toBe("1. Очистите удалённые.");
    expect(articleSummary(mailbox)).toBe("1. Откройте свойства.");
  });

  it("does not take 'Какие …' for 'Как …'", () => {
    expect(articleSummary("## Какие сети есть\n\n- Staff\n- Guest\n\n## Как подключиться\n\n1. Выберите сеть\n")).toBe("1. Выберите сеть");
  });
});

describe("steps rather than prose", () => {
  it("prefers a 'how to' section with a list to one with only a paragraph", () => {
    const body = "## Как результаты попадают в МИС\n\nИз ЛИС, через минуту.\n\n## Проверьте сами\n\n1. Обновите карту.\n";
    expect(articleSummary(body, 700, "Результаты анализов не отображаются в МИС")).toBe("1. Обновите карту.");
  });
});
