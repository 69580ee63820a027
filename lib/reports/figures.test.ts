import { describe, expect, it } from "vitest";
import { toCsv } from "./export/table-file";
import { slaFigures } from "./overview";
import { pageOf } from "./paging";

describe("figure definitions", () => {
  it("count SLA shares over the tickets whose outcome is known, and none when there is none", () => {
    expect(slaFigures({ response_known: 8, response_met: 6, resolution_known: 3, resolution_met: 1, breached: 2 })).toEqual({
      responseMet: 0.75,
      resolutionMet: 0.333,
      breached: 2,
    });
    expect(slaFigures({ response_known: 0, response_met: 0, resolution_known: 0, resolution_met: 0, breached: 0 })).toEqual({
      responseMet: null,
      resolutionMet: null,
      breached: 0,
    });
  });

  it("page a report's rows with a cursor that refuses anything else", () => {
    const first = pageOf([1, 2, 3, 4, 5], 2);
    expect(first.items).toEqual([1, 2]);
    const second = pageOf([1, 2, 3, 4, 5], 2, first.nextCursor!);
    expect(second.items).toEqual([3, 4]);
    expect(pageOf([1, 2, 3, 4, 5], 2, second.nextCursor!)).toEqual({ items: [5], nextCursor: null });
    expect(() => pageOf([1], 2, "not-a-cursor")).toThrow();
  });

  it("write CSV that spreadsheets open in Cyrillic and never run as formulas", () => {
    const csv = toCsv(
      [
        { name: '=HYPERLINK("x")', n: 3 },
        { name: "Принтер, «HP»", n: -1 },
      ],
      [
        { header: { en: "Name", ru: "Название" }, value: (r) => r.name },
        { header: { en: "Count", ru: "Число" }, value: (r) => r.n },
      ],
      "ru",
    );
    expect(csv).toBe('\uFEFFНазвание,Число\r\n"\'=HYPERLINK(""x"")",3\r\n"Принтер, «HP»",-1\r\n');
  });
});
