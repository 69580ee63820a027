import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, schema } from "@/db/client";
import { verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

/** The user id for a right e-mail and password of an active user, else null. */
export async function verifyCredentials(input: unknown): Promise<string | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await getDb().query.users.findFirst({ where: eq(schema.users.email, parsed.data.email) });
  if (!user?.passwordHash || !user.active) return null;
  return (await verifyPassword(user.passwordHash, parsed.data.password)) ? user.id : null;
}
