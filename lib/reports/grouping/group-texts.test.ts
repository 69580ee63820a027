import { describe, expect, it } from "vitest";
import { background, fixture, passwordExpired, passwordExpiredAgain, printerJams, printerNoPrint, printerNoTickets } from "./fixture.test-data";
import { groupTexts } from "./group-texts";

const groupOf = (groups: ReturnType<typeof groupTexts>, id: string) => groups.findIndex((g) => g.members.includes(id));

describe("groupTexts", () => {
  const groups = groupTexts([...fixture, ...background]);

  it("puts two wordings of 'the printer does not print' together and the jammed printer apart", () => {
    expect(groupOf(groups, printerNoPrint.id)).toBe(groupOf(groups, printerNoTickets.id));
    expect(groupOf(groups, printerJams.id)).not.toBe(groupOf(groups, printerNoPrint.id));
  });

  it("puts two English reports of an expired password together", () => {
    expect(groupOf(groups, passwordExpired.id)).toBe(groupOf(groups, passwordExpiredAgain.id));
    expect(groupOf(groups, passwordExpired.id)).not.toBe(groupOf(groups, printerNoPrint.id));
  });

  it("returns every text exactly once, largest groups first", () => {
    expect(groups.flatMap((g) => g.members).sort()).toEqual([...fixture, ...background].map((d) => d.id).sort());
    const sizes = groups.map((g) => g.members.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // No group swallows the rest: the 2,000 background tickets come from 71 templates.
    expect(sizes[0]).toBeLessThan(200);
  });

  it("labels groups with readable words from their texts, one per stem, no stop words", () => {
    const printing = groups[groupOf(groups, printerNoPrint.id)];
    expect(printing.labelTerms.length).toBeGreaterThanOrEqual(3);
    expect(printing.labelTerms.length).toBeLessThanOrEqual(5);
    expect(printing.labelTerms).toContain("принтер");
    expect(printing.labelTerms).toContain("очередь");
    const password = groups[groupOf(groups, passwordExpired.id)];
    expect(password.labelTerms).toContain("password");
    for (const g of groups) {
      const text = [...fixture, ...background].filter((d) => g.members.includes(d.id)).map((d) => d.text.toLowerCase()).join(" ");
      for (const word of g.labelTerms) {
        expect(text).toContain(word);
        expect(["не", "the", "has", "в", "and"]).not.toContain(word);
      }
    }
  });

  it("keeps centroids small and JSON-storable", () => {
    for (const g of groups) {
      expect(Object.keys(g.centroid).length).toBeLessThanOrEqual(30);
      expect(JSON.parse(JSON.stringify(g.centroid))).toEqual(g.centroid);
    }
  });

  it("gives the same output for the same input", () => {
    expect(groupTexts([...fixture, ...background])).toEqual(groups);
  });

  it("handles no texts and empty texts", () => {
    expect(groupTexts([])).toEqual([]);
    expect(groupTexts([{ id: "a", text: "" }])).toEqual([{ members: ["a"], labelTerms: [], centroid: {} }]);
  });
});
