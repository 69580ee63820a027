import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { Role } from "@/lib/auth/roles";
import { isUuid } from "@/lib/is-uuid";

export type PersonDetails = {
  id: string;
  name: string;
  email: string;
  title: string | null;
  departmentId: string | null;
  vip: boolean;
  hourlyCost: number | null;
  active: boolean;
  roles: Role[];
};

/** One person as the admins' edit form needs them, active or not; null when there is no such id. */
export async function getPerson(id: string): Promise<PersonDetails | null> {
  if (!isUuid(id)) return null;
  const db = getDb();
  const [user] = await db.select().from(schema.users).where(eq(schema.users.id, id));
  if (!user) return null;
  const roleRows = await db.select({ role: schema.userRoles.role }).from(schema.userRoles).where(eq(schema.userRoles.userId, id));
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    title: user.title,
    departmentId: user.departmentId,
    vip: user.vip,
    hourlyCost: user.hourlyCost,
    active: user.active,
    roles: roleRows.map((r) => r.role).sort(),
  };
}
