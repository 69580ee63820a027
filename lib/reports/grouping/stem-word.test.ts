import { describe, expect, it } from "vitest";
import { stemWord } from "./stem-word";
import { tokenize } from "./tokenize";

describe("stemWord", () => {
  it("brings Russian word forms together", () => {
    expect(new Set(["принтер", "принтера", "принтеры", "принтеров"].map(stemWord)).size).toBe(1);
    expect(new Set(["печатает", "печатать", "печатают", "печатал"].map(stemWord)).size).toBe(1);
    expect(stemWord("запись")).toBe(stemWord("записи"));
  });

  it("brings English word forms together", () => {
    expect(new Set(["print", "prints", "printing", "printed"].map(stemWord)).size).toBe(1);
    expect(new Set(["expire", "expired", "expires"].map(stemWord)).size).toBe(1);
    expect(stemWord("stopped")).toBe(stemWord("stop"));
  });
});

describe("tokenize", () => {
  it("drops stop words and numbers, folds ё, and marks the subject line", () => {
    const tokens = tokenize("Принтер не выдаёт талоны\nКабинет 12, the printer is down", false);
    expect(tokens.map((t) => t.stem)).toEqual(["принтер", "выдает", "талоны", "кабинет", "printer", "down"]);
    expect(tokens.map((t) => t.surface)[1]).toBe("выдаёт");
    expect(tokens.filter((t) => t.inSubject)).toHaveLength(3);
  });
});
