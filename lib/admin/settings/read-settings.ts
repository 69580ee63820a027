import { getDb } from "@/db/client";
import { getSettings, type Settings } from "@/lib/settings/settings";

/** Every desk-wide setting, defaults filled in, for the admin pages (which never touch db/ themselves). */
export async function readSettings(): Promise<Settings> {
  return getSettings(getDb());
}
