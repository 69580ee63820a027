import { describe, expect, it } from "vitest";
import { distinctItems, flattenSnippet } from "./distinct-items";

describe("distinctItems", () => {
  it("keeps the first of items that say the same, ignoring case, ё and punctuation", () => {
    const items = [
      { id: 1, t: "Принтер зажёвывает бумагу: заменён ролик." },
      { id: 2, t: "принтер зажевывает бумагу — заменен ролик" },
      { id: 3, t: "Другое решение" },
    ];
    expect(distinctItems(items, (i) => i.t).map((i) => i.id)).toEqual([1, 3]);
  });

  it("flattens whitespace in snippets", () => {
    expect(flattenSnippet("Настройка\n\n«Почта» <mark>запись</mark>  ")).toBe("Настройка «Почта» <mark>запись</mark>");
  });
});
