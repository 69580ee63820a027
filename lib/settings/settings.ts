import { eq } from "drizzle-orm";
import { schema, type Db, type TxDb } from "@/db/client";

/** Desk-wide settings and their defaults; admins change them on the settings page. */
export const settingDefaults = {
  /** A resolved ticket the requester does nothing about closes by itself after this many days. */
  autoCloseDays: 7,
  /** The business-hours calendar for SLA policies that use it. */
  businessHours: { startHour: 9, endHour: 18, weekdays: [1, 2, 3, 4, 5], timeZone: "Europe/Moscow" },
  /** Warn the assignee and the dispatcher this many minutes before the resolution target. */
  slaWarnMinutes: 60,
  /** Cost of an hour of a specialist's work when their own is not set. */
  defaultHourlyCost: 1500,
};

export type Settings = typeof settingDefaults;
export type SettingKey = keyof Settings;

export async function getSetting<K extends SettingKey>(db: Db | TxDb, key: K): Promise<Settings[K]> {
  const [row] = await db.select({ value: schema.settings.value }).from(schema.settings).where(eq(schema.settings.key, key));
  return (row?.value as Settings[K] | undefined) ?? settingDefaults[key];
}

export async function setSetting<K extends SettingKey>(db: Db | TxDb, key: K, value: Settings[K]): Promise<void> {
  await db
    .insert(schema.settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: schema.settings.key, set: { value, updatedAt: new Date() } });
}
