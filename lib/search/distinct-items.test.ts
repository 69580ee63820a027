import { describe, expect, it } from "vitest";
import { distinctItems, flattenSnippet, sameTextKey } from "./distinct-items";

describe("distinctItems", () => {
  it("keeps the first of items that say the same, ignoring case, ё and punctuation", () => {
    const items = [
      { id: 1, t: "Принтер зажёвывает бумагу: заменён ролик." },
      { id: 2, t: "принтер зажевывает бумагу — заменен ролик" },
      { id: 3, t: "Другое решение" },
    ];
    expect(distinctItems(items, (i) => i.t).map((i) => i.id)).toEqual([1, 3]);
  });

  it("compares the start of long texts, and stops at the limit", () => {
    const long = "Перезагрузите принтер. ".repeat(100);
    const items = [
      { id: 1, t: `${long}А` },
      { id: 2, t: `${long}Б` },
      { id: 3, t: `Другое. ${long}` },
      { id: 4, t: "Третье" },
    ];
    expect(distinctItems(items, (i) => i.t).map((i) => i.id)).toEqual([1, 3, 4]);
    expect(distinctItems(items, (i) => i.t, 2).map((i) => i.id)).toEqual([1, 3]);
  });

  it("makes the same key from part of a text as from all of it", () => {
    const normalise = (t: string) =>
      t
        .toLowerCase()
        .replace(/ё/g, "е")
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim()
        .slice(0, 400);
    const texts = [
      "  " + "Ёлка, ".repeat(300),
      "-".repeat(5000) + " слово ".repeat(200),
      "а".repeat(511) + "!!" + "б".repeat(3000),
      "x " + "🙂".repeat(600) + " y".repeat(500),
    ];
    for (const t of texts) expect(sameTextKey(t)).toBe(normalise(t));
  });

  it("flattens whitespace in snippets", () => {
    expect(flattenSnippet("Настройка\n\n«Почта» <mark>запись</mark>  ")).toBe("Настройка «Почта» <mark>запись</mark>");
  });
});
