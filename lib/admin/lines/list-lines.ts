import { asc, eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";

export type LineRow = {
  id: string;
  key: string;
  nameRu: string;
  nameEn: string;
  members: { id: string; name: string; active: boolean }[];
};

/** Support lines with their members by name. */
export async function listLines(): Promise<LineRow[]> {
  const db = getDb();
  const { supportLines, lineMembers, users } = schema;
  const lines = await db.select().from(supportLines).orderBy(asc(supportLines.nameRu));
  const members = await db
    .select({ lineId: lineMembers.lineId, id: users.id, name: users.name, active: users.active })
    .from(lineMembers)
    .innerJoin(users, eq(users.id, lineMembers.userId))
    .orderBy(asc(users.name));
  return lines.map((line) => ({
    ...line,
    members: members.filter((m) => m.lineId === line.id).map(({ id, name, active }) => ({ id, name, active })),
  }));
}
