import { asc } from "drizzle-orm";
import { getDb, schema } from "@/db/client";

/** The lines of support a ticket can be escalated to. */
export async function listSupportLines() {
  const { supportLines } = schema;
  return getDb()
    .select({ id: supportLines.id, nameRu: supportLines.nameRu, nameEn: supportLines.nameEn })
    .from(supportLines)
    .orderBy(asc(supportLines.nameEn));
}
