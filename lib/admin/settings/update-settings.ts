import { z } from "zod";
import { withTransaction } from "@/db/client";
import { settingSchemas } from "@/lib/settings/setting-schemas";
import { getSettings, type SettingKey, type Settings, setSetting, settingKeys } from "@/lib/settings/settings";
import { changedFields } from "../changed-fields";
import { type Actor, recordAdminChange } from "../record-admin-change";

export const updateSettingsInput = z.object(settingSchemas);

/**
 * Saves the desk-wide settings. Only the settings whose value changed are written, each with its own audit
 * event (entity: the setting's key), so the trail reads "business hours changed from … to …".
 */
export async function updateSettings(actor: Actor, raw: z.input<typeof updateSettingsInput>) {
  const input = updateSettingsInput.parse(raw) as Settings;
  return withTransaction(async (tx) => {
    const before = await getSettings(tx.db);
    const changed: SettingKey[] = [];
    for (const key of settingKeys) {
      if (Object.keys(changedFields({ value: before[key] }, { value: input[key] })).length === 0) continue;
      await setSetting(tx.db, key, input[key]);
      await recordAdminChange(
        tx,
        actor,
        { entityType: "setting", entityId: key, action: "updated" },
        { value: before[key] },
        { value: input[key] },
      );
      changed.push(key);
    }
    return { changed };
  });
}
