import { eq } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { homePathFor } from "@/lib/auth/roles";

export async function homePathForEmail(email: string): Promise<string> {
  const rows = await getDb()
    .select({ role: schema.userRoles.role })
    .from(schema.userRoles)
    .innerJoin(schema.users, eq(schema.users.id, schema.userRoles.userId))
    .where(eq(schema.users.email, email));
  return homePathFor(rows.map((r) => r.role));
}
