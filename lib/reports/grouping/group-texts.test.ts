import { describe, expect, it } from "vitest";
import { defaultGroupingParams } from "./default-params";
import {
  background,
  fixture,
  passwordExpired,
  passwordExpiredAgain,
  printerJams,
  printerNoPrint,
  printerNoTickets,
} from "./fixture.test-data";
import { groupTexts } from "./group-texts";

const groupOf = (groups: ReturnType<typeof groupTexts>, id: string) => groups.findIndex((g) => g.members.includes(id));

// Each case groups a fixture among 2,000 generated tickets: well under a second alone, longer on a loaded machine.
describe("groupTexts", { timeout: 30_000 }, () => {
  const groups = groupTexts([...fixture, ...background]);

  // Production defaults, no threshold passed: the threshold follows the corpus's own similarity scale.
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
      const text = [...fixture, ...background]
        .filter((d) => g.members.includes(d.id))
        .map((d) => d.text.toLowerCase())
        .join(" ");
      for (const word of g.labelTerms) {
        expect(text).toContain(word);
        expect(["не", "the", "has", "в", "and"]).not.toContain(word);
      }
    }
  });

  it("stores the one effective threshold it used in every group, relative to the corpus, above the floor", () => {
    const used = new Set(groups.map((g) => g.threshold));
    expect(used.size).toBe(1);
    const [threshold] = used;
    // Tickets of one problem score ~0.45–0.6, two problems of one category ~0.05–0.08 (README.md).
    expect(threshold).toBeGreaterThan(defaultGroupingParams.threshold);
    expect(threshold).toBeLessThan(0.3);
  });

  it("uses a fixed threshold when relativeThreshold is 0", () => {
    const fixed = groupTexts([...fixture, ...background], { threshold: 0.05, relativeThreshold: 0 });
    expect(fixed.every((g) => g.threshold === 0.05)).toBe(true);
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
    // No neighbours, no similarity scale: the threshold is the floor.
    expect(groupTexts([{ id: "a", text: "" }])).toEqual([
      { members: ["a"], labelTerms: [], centroid: {}, threshold: defaultGroupingParams.threshold },
    ]);
  });
});
