import { describe, expect, it } from "vitest";
import { schema, type TxDb } from "@/db/client";
import { setSetting, settingDefaults } from "@/lib/settings/settings";
import { inRolledBackTransaction } from "./rolled-back-transaction";
import { dueDatesFor, resumeAfterPause } from "./sla";

// Policies and settings are desk-wide: each test sets its own inside a transaction that is rolled back.

async function policy(db: TxDb, calendar: "24x7" | "business") {
  const targets = { responseMinutes: 4 * 60, resolutionMinutes: 8 * 60, calendar };
  await db
    .insert(schema.slaPolicies)
    .values({ priority: "high", ...targets })
    .onConflictDoUpdate({ target: schema.slaPolicies.priority, set: targets });
  await setSetting(db, "businessHours", settingDefaults.businessHours);
}

const msk = (local: string) => new Date(`${local}+03:00`);

describe("SLA due dates", () => {
  it("count business hours when the policy says so", async () => {
    await inRolledBackTransaction(async (db) => {
      await policy(db, "business");
      // Friday 16:00: response after 2 h on Friday and 2 h on Monday; resolution a working day later.
      expect(await dueDatesFor(db, "high", msk("2026-11-27T16:00:00"))).toEqual({
        responseDueAt: msk("2026-11-30T11:00:00"),
        resolutionDueAt: msk("2026-11-30T15:00:00"),
      });
    });
  });

  it("move a business-hours target on by the working time paused, on the same calendar", async () => {
    await inRolledBackTransaction(async (db) => {
      await policy(db, "business");
      // Waited Tuesday 10:00–12:00 (2 working hours): due Tuesday 17:00 becomes Wednesday 10:00.
      expect(
        await resumeAfterPause(db, "high", msk("2026-11-24T17:00:00"), msk("2026-11-24T10:00:00"), msk("2026-11-24T12:00:00")),
      ).toEqual(msk("2026-11-25T10:00:00"));
      // A pause that lay wholly outside working hours moves nothing.
      const due = msk("2026-11-25T17:00:00");
      expect(await resumeAfterPause(db, "high", due, msk("2026-11-24T19:00:00"), msk("2026-11-25T08:00:00"))).toEqual(due);
    });
  });

  it("move a round-the-clock target on by the whole pause", async () => {
    await inRolledBackTransaction(async (db) => {
      await policy(db, "24x7");
      expect(
        await resumeAfterPause(db, "high", msk("2026-11-24T17:00:00"), msk("2026-11-24T10:00:00"), msk("2026-11-24T12:30:00")),
      ).toEqual(msk("2026-11-24T19:30:00"));
    });
  });
});
