import { describe, expect, it } from "vitest";
import { type DiffLine, diffInline, foldUnchanged, readableDiff } from "./readable-diff";

const text = (line: DiffLine) => line.parts.map((p) => p.text).join("");
const flat = (before: string, after: string) =>
  readableDiff(before, after).blocks.flatMap((b) => b.lines.map((l) => [b.kind, l.kind, text(l)]));

describe("readableDiff", () => {
  it("marks added and removed lines and numbers them on their side", () => {
    const diff = readableDiff("один\nдва\nтри", "один\nтри\nчетыре\n");
    expect(diff).toMatchObject({ added: 1, removed: 1, identical: false });
    const lines = diff.blocks.flatMap((b) => b.lines);
    expect(lines.map((l) => [l.kind, text(l), l.oldNumber, l.newNumber])).toEqual([
      ["unchanged", "один", 1, 1],
      ["removed", "два", 2, null],
      ["unchanged", "три", 3, 2],
      ["added", "четыре", null, 3],
    ]);
  });

  it("shows the words that changed inside an edited line, in Russian too", () => {
    const [block] = readableDiff("Замените картридж в принтере.", "Почистите картридж в принтере HP.").blocks;
    expect(block.lines.map((l) => [l.kind, l.parts])).toEqual([
      ["removed", [{ text: "Замените", change: "removed" }, { text: " картридж в принтере." }]],
      [
        "added",
        [{ text: "Почистите", change: "added" }, { text: " картридж в принтере" }, { text: " HP", change: "added" }, { text: "." }],
      ],
    ]);
  });

  it("shows a replaced line whole when it shares almost nothing with the old one", () => {
    const [block] = readableDiff("Перезагрузите компьютер", "Позвоните по номеру 1100").blocks;
    expect(block.lines.map((l) => l.parts)).toEqual([[{ text: "Перезагрузите компьютер" }], [{ text: "Позвоните по номеру 1100" }]]);
  });

  it("folds long unchanged runs and keeps two lines of context around a change", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join("\n");
    const after = before.replace("line 10", "line ten");
    const diff = readableDiff(before, after);
    expect(diff.blocks.map((b) => [b.kind, b.lines.length])).toEqual([
      ["collapsed", 7],
      ["lines", 6],
      ["collapsed", 8],
    ]);
    expect(diff.blocks[1].lines.map(text)).toEqual(["line 8", "line 9", "line 10", "line ten", "line 11", "line 12"]);
  });

  it("ignores line endings and a missing final newline", () => {
    const diff = readableDiff("a\r\nb\r\n", "a\nb");
    expect(diff).toMatchObject({ identical: true, added: 0, removed: 0 });
    expect(diff.blocks.map((b) => b.kind)).toEqual(["collapsed"]);
  });

  it("treats a first version as all added", () => {
    expect(flat("", "# Заголовок\n\nТекст")).toEqual([
      ["lines", "added", "# Заголовок"],
      ["lines", "added", ""],
      ["lines", "added", "Текст"],
    ]);
  });
});

describe("foldUnchanged", () => {
  const same = (n: number): DiffLine[] =>
    Array.from({ length: n }, (_, i) => ({ kind: "unchanged", oldNumber: i + 1, newNumber: i + 1, parts: [{ text: `${i}` }] }));
  it("does not fold a run that would hide a single line", () => {
    const change: DiffLine = { kind: "added", oldNumber: null, newNumber: 1, parts: [{ text: "x" }] };
    expect(foldUnchanged([change, ...same(3), change]).map((b) => b.kind)).toEqual(["lines"]);
    expect(foldUnchanged([change, ...same(6), change]).map((b) => [b.kind, b.lines.length])).toEqual([
      ["lines", 3],
      ["collapsed", 2],
      ["lines", 3],
    ]);
  });
});

describe("diffInline", () => {
  it("splits a title into what stayed, what went and what came", () => {
    expect(diffInline("Принтер не печатает", "Принтер печатает полосами")).toMatchObject({
      before: [{ text: "Принтер " }, { text: "не ", change: "removed" }, { text: "печатает" }],
      after: [{ text: "Принтер печатает" }, { text: " полосами", change: "added" }],
    });
  });
});
