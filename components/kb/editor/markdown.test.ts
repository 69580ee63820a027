import { MarkdownManager } from "@tiptap/markdown";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/kb/render-markdown";
import { articleExtensions, isSafeHref } from "./extensions";

// The editor's own Markdown in and out (what getMarkdown() does), without a browser.
const manager = new MarkdownManager({ extensions: articleExtensions() });
const roundTrip = (markdown: string) => manager.serialize(manager.parse(markdown));

const image = "/api/v1/articles/0b7e1c52-6f0a-4c1e-9d7a-2f4b8a1c3d5e/attachments/6a1f3c2e-9b8d-4e7f-a5c4-1d2e3f4a5b6c";
const article = [
  "## Подключение к VPN",
  "",
  "Откройте **FortiClient** и введите *логин* из `AD`; подробнее — [портал](https://portal.example.org/vpn).",
  "",
  "- Windows",
  "- macOS",
  "  - Sonoma",
  "",
  "1. Установите клиент",
  "2. Введите адрес",
  "",
  "```powershell",
  "Test-NetConnection vpn.example.org -Port 443",
  "```",
  "",
  "| Система | Клиент |",
  "| --- | --- |",
  "| Windows | FortiClient 7 |",
  "",
  `![Окно входа](${image})`,
  "",
  "> Пароль не сообщайте никому.",
  "",
  "### Файлы",
  "",
  `[Инструкция.pdf](${image})`,
  "",
].join("\n");

describe("the article editor's Markdown", () => {
  it("keeps headings, lists, code, tables, links and images through the editor", () => {
    const once = roundTrip(article);
    // What readers see is the same before and after the editor, and a second pass changes nothing.
    expect(renderMarkdown(once)).toBe(renderMarkdown(article));
    expect(roundTrip(once)).toBe(once);
    expect(once).toContain("## Подключение к VPN");
    expect(once).toContain("```powershell\nTest-NetConnection vpn.example.org -Port 443\n```");
    expect(once).toMatch(/\| Система\s*\| Клиент\s*\|/);
    expect(once).toContain(`![Окно входа](${image})`);
    expect(once).toContain("[портал](https://portal.example.org/vpn)");
    expect(once).toMatch(/^ {2}- Sonoma$/m);
  });

  it("reads Markdown written elsewhere (other bullets, setext headings) into the same document", () => {
    const once = roundTrip("Title\n=====\n\n* a\n* b\n");
    expect(once).toMatch(/^# Title\n\n- a\n- b\n?$/);
  });

  it("keeps a script in an article as text, never as markup", () => {
    const once = roundTrip("Hello <script>alert(1)</script>\n\n`<img src=x onerror=alert(1)>`\n");
    const html = renderMarkdown(once);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("Hello &#x3C;script>");
  });
});

describe("isSafeHref", () => {
  it("accepts the web, mail and this site's paths, and nothing scriptable", () => {
    expect(["https://a.org", "http://a.org/x", "mailto:it@a.org", "/api/v1/articles/x/attachments/y"].every(isSafeHref)).toBe(true);
    expect(["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//evil.org", "vbscript:x"].some(isSafeHref)).toBe(false);
  });
});
