import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, schema } from "@/db/client";
import { signInWithDirectory } from "./directory/sign-in-with-directory";
import { verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

async function verifyLocalPassword(email: string, password: string): Promise<string | null> {
  const user = await getDb().query.users.findFirst({ where: eq(schema.users.email, email) });
  if (!user?.passwordHash || !user.active) return null;
  return (await verifyPassword(user.passwordHash, password)) ? user.id : null;
}

/**
 * The user id for a right e-mail and password of an active user, else null. With a directory configured
 * (LDAP_URL), domain accounts sign in with it (their password never stored here); local accounts, and anyone
 * with a local password while the directory is down, with the local password.
 */
export async function verifyCredentials(input: unknown): Promise<string | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const directory = await signInWithDirectory(email, password);
  if (directory.result === "ok") return directory.userId;
  if (directory.result === "refused") return null;
  return verifyLocalPassword(email, password);
}
