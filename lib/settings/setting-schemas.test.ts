import { describe, expect, it } from "vitest";
import { businessHoursSchema, settingSchemas } from "./setting-schemas";
import { settingDefaults } from "./settings";

const hours = settingDefaults.businessHours;
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("setting schemas", () => {
  it("accept every default", () => {
    for (const [key, schema] of Object.entries(settingSchemas)) {
      expect(schema.safeParse(settingDefaults[key as keyof typeof settingDefaults]).success, key).toBe(true);
    }
  });

  it("refuse business hours with no working minute", () => {
    expect(messages(businessHoursSchema.safeParse({ ...hours, startHour: 18, endHour: 9 }))).toEqual(["endHour: endAfterStart"]);
    expect(messages(businessHoursSchema.safeParse({ ...hours, weekdays: [] }))).toEqual(["weekdays: pickWeekday"]);
  });

  it("refuse a time zone the runtime does not know", () => {
    expect(messages(businessHoursSchema.safeParse({ ...hours, timeZone: "Mars/Olympus" }))).toEqual(["timeZone: unknownTimeZone"]);
  });

  it("sort and de-duplicate working days", () => {
    expect(businessHoursSchema.parse({ ...hours, weekdays: [5, 1, 1, 3] }).weekdays).toEqual([1, 3, 5]);
  });

  it("keep numbers in range", () => {
    expect(settingSchemas.autoCloseDays.safeParse(0).success).toBe(false);
    expect(settingSchemas.slaWarnMinutes.safeParse(2000).success).toBe(false);
    expect(settingSchemas.defaultHourlyCost.safeParse(12.5).success).toBe(false);
  });
});
