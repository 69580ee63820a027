import { describe, expect, it } from "vitest";
import { background, fixture, printerNoPrint } from "./fixture.test-data";
import { groupTexts } from "./group-texts";
import { matchGroup } from "./match-group";

describe("matchGroup", { timeout: 30_000 }, () => {
  const groups = JSON.parse(JSON.stringify(groupTexts([...fixture, ...background]))) as ReturnType<typeof groupTexts>;
  const printing = groups.findIndex((g) => g.members.includes(printerNoPrint.id));

  it("puts a new wording of a known problem into its group", () => {
    const match = matchGroup("Принтер в регистратуре не печатает\nТалоны не выходят, задания застряли в очереди печати.", groups);
    expect(match?.index).toBe(printing);
  });

  // With the threshold relative to the tickets' own similarity scale the two expired-password tickets are their
  // own group (not part of a wider English-login group, as with the old fixed 0.03), and the paraphrase finds it.
  it("puts a new English report of an expired password into its group", () => {
    const password = groups.findIndex((g) => g.members.includes("password-expired"));
    expect([...groups[password].members].sort()).toEqual(["password-expired", "password-expired-2"]);
    expect(matchGroup("My Windows password expired\nCannot log in, it asks me to change the password.", groups)?.index).toBe(password);
  });

  it("holds a new text to the threshold stored in the group, not to the params'", () => {
    const text = "Принтер в регистратуре не печатает\nТалоны не выходят, задания застряли в очереди печати.";
    const similarity = matchGroup(text, groups)!.similarity;
    const stricter = groups.map((g) => ({ ...g, threshold: similarity + 0.01 }));
    expect(matchGroup(text, stricter)).toBeNull();
    expect(matchGroup(text, stricter, { threshold: 0 })).toBeNull();
    // Groups stored before the field existed: the params' threshold.
    const legacy = groups.map(({ centroid }) => ({ centroid }));
    expect(matchGroup(text, legacy, { threshold: similarity + 0.01 })).toBeNull();
    expect(matchGroup(text, legacy, { threshold: similarity - 0.01 })?.index).toBe(printing);
  });

  it("returns null for an unrelated text", () => {
    expect(matchGroup("Заказать новый стул для кабинета\nСломалась ножка у кресла.", groups)).toBeNull();
    expect(matchGroup("", groups)).toBeNull();
  });

  it("does not trip over words that are also object properties", () => {
    expect(matchGroup("constructor toString hasOwnProperty", groups)).toBeNull();
  });
});
