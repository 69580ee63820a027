import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-to-text";

describe("markdownToText", () => {
  it("keeps the words of headings, lists, emphasis and quotes", () => {
    const md =
      "## Один пароль\n\n1. Нажмите **Ctrl+Alt+Del** и выберите «Изменить пароль».\n- *важно*: ~~старый~~ способ\n> Частая причина";
    expect(markdownToText(md)).toBe(
      "Один пароль\n\nНажмите Ctrl+Alt+Del и выберите «Изменить пароль».\nважно: старый способ\nЧастая причина",
    );
  });

  it("keeps link texts and image descriptions, drops their URLs", () => {
    expect(markdownToText("См. [инструкцию](https://intranet/x?a=1) и ![схема сети](img/net.png)")).toBe("См. инструкцию и схема сети");
    expect(markdownToText("[портал][p]\n\n[p]: https://portal.local")).toBe("портал");
  });

  it("keeps code but not fences or backticks", () => {
    expect(markdownToText("Выполните:\n```powershell\nipconfig /flushdns\n```\nи `gpupdate /force`")).toBe(
      "Выполните:\nipconfig /flushdns\nи gpupdate /force",
    );
  });

  it("leaves snake_case and arithmetic alone", () => {
    expect(markdownToText("параметр max_connections = 2 * 3")).toBe("параметр max_connections = 2 * 3");
  });

  it("flattens tables and strips HTML", () => {
    const md = "| Порт | Назначение |\n| --- | :---: |\n| 587 | SMTP &amp; TLS |\n\n<br/>Конец";
    expect(markdownToText(md)).toBe("Порт Назначение\n\n587 SMTP & TLS\n\nКонец");
  });
});
