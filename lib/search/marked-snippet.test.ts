import { describe, expect, it } from "vitest";
import { markedSnippet } from "./marked-snippet";

describe("the snippet of a suggestion", () => {
  it("marks the typed words by their start, in Russian and English", () => {
    expect(markedSnippet("Замятие бумаги: почистите ролик подачи.", "принтер зажёвывает бумагу, нужен ролик")).toBe(
      "Замятие <mark>бумаги</mark>: почистите <mark>ролик</mark> подачи.",
    );
    expect(markedSnippet("Restart the printers and the spooler service.", "printer spooler")).toBe(
      "Restart the <mark>printers</mark> and the <mark>spooler</mark> service.",
    );
  });

  it("shows the part of a long text where the typed words are, cut at words", () => {
    const text = `${"Общие сведения о системе. ".repeat(20)}Сбросьте пароль в личном кабинете МИС. ${"Прочее. ".repeat(30)}`;
    const snippet = markedSnippet(text, "забыл пароль МИС")!;
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).toContain("<mark>пароль</mark>");
    expect(snippet).toContain("<mark>МИС</mark>");
    expect(snippet.replace(/<\/?mark>/g, "").length).toBeLessThanOrEqual(162);
  });

  it("escapes the text, so a solution that says <script> is shown as text", () => {
    expect(markedSnippet('Не вставляйте <script> в поле "пароль"', "пароль")).toBe(
      "Не вставляйте &lt;script&gt; в поле &quot;<mark>пароль</mark>&quot;",
    );
  });

  it("gives nothing when no typed word occurs, nor for words too short to mean anything", () => {
    expect(markedSnippet("Перезагрузите компьютер.", "принтер")).toBeNull();
    expect(markedSnippet("Перезагрузите в ПК.", "в")).toBeNull();
  });
});
