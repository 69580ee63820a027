import { describe, expect, it } from "vitest";
import { background, fixture, printerNoPrint } from "./fixture.test-data";
import { groupTexts } from "./group-texts";
import { matchGroup } from "./match-group";

describe("matchGroup", () => {
  const groups = JSON.parse(JSON.stringify(groupTexts([...fixture, ...background]))) as ReturnType<typeof groupTexts>;
  const printing = groups.findIndex((g) => g.members.includes(printerNoPrint.id));

  it("puts a new wording of a known problem into its group", () => {
    const match = matchGroup("Принтер в регистратуре не печатает\nТалоны не выходят, задания застряли в очереди печати.", groups);
    expect(match?.index).toBe(printing);
  });

  // At the default threshold (0.03, chosen on the forum benchmark) the two expired-password tickets sit inside a
  // larger English-login group of the generated tickets, which the paraphrase misses (README.md, "Limits"); at a
  // stricter threshold, passed to both calls as the integrator would, the pair is its own group and is matched.
  it("puts a new English report of an expired password into its group (stricter threshold)", () => {
    const strict = { threshold: 0.1 };
    const strictGroups = groupTexts([...fixture, ...background], strict);
    const password = strictGroups.findIndex((g) => g.members.includes("password-expired"));
    expect(strictGroups[password].members).toContain("password-expired-2");
    expect(matchGroup("My Windows password expired\nCannot log in, it asks me to change the password.", strictGroups, strict)?.index).toBe(password);
  });

  it("returns null for an unrelated text", () => {
    expect(matchGroup("Заказать новый стул для кабинета\nСломалась ножка у кресла.", groups)).toBeNull();
    expect(matchGroup("", groups)).toBeNull();
  });

  it("does not trip over words that are also object properties", () => {
    expect(matchGroup("constructor toString hasOwnProperty", groups)).toBeNull();
  });
});
