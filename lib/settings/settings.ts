import { eq } from "drizzle-orm";
import { type Db, schema, type TxDb } from "@/db/client";
import type { Role } from "@/lib/auth/roles";
import { settingSchemas } from "./setting-schemas";

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
  /** How long a sign-in lasts, in hours (a session signed in longer ago must sign in again). */
  sessionHours: 336,
  /** The organisation's currency (ISO 4217), for the money in the reports and the hourly costs. */
  currency: "RUB",
  /**
   * Mail from an address the desk does not know (lib/mailin): refused with a polite reply, or — for the
   * domains listed — a requester account is made for the sender and the ticket filed as them.
   */
  mailinUnknownSenders: { mode: "refuse" as "refuse" | "create", domains: [] as string[] },
  /**
   * Directory groups (their DNs) and the role each gives (lib/auth/directory). With any mapping set, a directory
   * account's roles are the ones its groups give, renewed at each sign-in; with none, roles are kept as set here.
   */
  directoryGroupRoles: [] as { groupDn: string; role: Role }[],
};

export type Settings = typeof settingDefaults;
export type SettingKey = keyof Settings;
export const settingKeys = Object.keys(settingDefaults) as SettingKey[];

/**
 * A stored value is checked against its schema before use: a malformed value (say, business hours with no
 * weekdays, hand-edited in the database) would otherwise stall the SLA calendar, so the default wins instead.
 */
function validOrDefault<K extends SettingKey>(key: K, stored: unknown): Settings[K] {
  if (stored === undefined) return settingDefaults[key];
  const parsed = settingSchemas[key].safeParse(stored);
  if (parsed.success) return parsed.data as Settings[K];
  console.error(`setting ${key}: stored value is not valid, using the default`, parsed.error.issues);
  return settingDefaults[key];
}

export async function getSetting<K extends SettingKey>(db: Db | TxDb, key: K): Promise<Settings[K]> {
  const [row] = await db.select({ value: schema.settings.value }).from(schema.settings).where(eq(schema.settings.key, key));
  return validOrDefault(key, row?.value);
}

/** Every setting at once (the settings page), defaults filled in. */
export async function getSettings(db: Db | TxDb): Promise<Settings> {
  const rows = await db.select().from(schema.settings);
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(settingKeys.map((key) => [key, validOrDefault(key, stored.get(key))])) as Settings;
}

export async function setSetting<K extends SettingKey>(db: Db | TxDb, key: K, value: Settings[K]): Promise<void> {
  const valid = settingSchemas[key].parse(value);
  await db
    .insert(schema.settings)
    .values({ key, value: valid })
    .onConflictDoUpdate({ target: schema.settings.key, set: { value: valid, updatedAt: new Date() } });
}
