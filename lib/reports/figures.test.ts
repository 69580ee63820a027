import { describe, expect, it } from "vitest";
import { problemColumns } from "./export/columns";
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

  it("export each recurring problem with the problem record open for it, in the reader's language", () => {
    const row = {
      label: "VPN отключается",
      tickets: 4,
      previous: 1,
      requesters: 3,
      departments: 2,
      minutes: 90,
      cost: 1500,
      resolutionMedianMinutes: 45,
      breachedShare: 0.25,
      reopenedShare: 0,
      satisfaction: 4.5,
      coverage: null,
      gap: true,
      sampleTickets: ["HD-1", "HD-2"],
    };
    const rows = [
      { ...row, problem: { number: "PRB-3", status: "known_error" as const } },
      { ...row, problem: null },
    ];
    const [ru, withProblem, withoutProblem] = toCsv(rows, problemColumns, "ru").split("\r\n");
    expect(ru).toContain("Проблема в работе");
    expect(withProblem).toContain("PRB-3 (известная ошибка)");
    expect(withoutProblem).not.toContain("PRB-");
    expect(toCsv(rows, problemColumns, "en")).toContain("PRB-3 (known error)");
  });
});
