import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { Locale } from "@/lib/i18n/locale";

export async function setUserLanguage(userId: string, language: Locale): Promise<void> {
  await getDb().update(schema.users).set({ language }).where(eq(schema.users.id, userId));
}
