import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { Role } from "@/lib/auth/roles";

export type UserView = {
  id: string;
  name: string;
  email: string;
  title: string | null;
  roles: Role[];
  departmentId: string | null;
  language: "ru" | "en" | null;
  vip: boolean;
};

/** An active user with their roles, or null. */
export async function getUserById(id: string): Promise<UserView | null> {
  const db = getDb();
  const user = await db.query.users.findFirst({ where: eq(schema.users.id, id) });
  if (!user || !user.active) return null;
  const roleRows = await db.select({ role: schema.userRoles.role }).from(schema.userRoles).where(eq(schema.userRoles.userId, id));
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    title: user.title,
    roles: roleRows.map((r) => r.role),
    departmentId: user.departmentId,
    language: user.language,
    vip: user.vip,
  };
}
