import { sql } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { authenticate } from "./authenticate";
import { type DirectoryConfig, directoryFromEnv } from "./directory-config";
import { deactivateDirectoryPerson, saveDirectoryPerson } from "./save-directory-person";

export type LocalAccount = { id: string; passwordHash: string | null; active: boolean; directoryDn: string | null } | undefined;

/** Is this a domain account, which signs in with the directory? Local accounts (admins' own, say) never are. */
export function isDomainAccount(config: DirectoryConfig, email: string, local: LocalAccount): boolean {
  if (local?.directoryDn) return true;
  const domain = email.split("@")[1] ?? "";
  if (config.domains.length > 0) return config.domains.includes(domain);
  return !local?.passwordHash;
}

/**
 * The directory's part of a sign-in: "ok" with the user id (the account created or brought up to date),
 * "refused", "down" (the directory did not answer), or "local" (not a domain account, or one the directory
 * does not know while a local password exists: the caller checks the local password). A directory person who
 * is gone or disabled is refused and their account deactivated, which ends their sessions and tokens.
 */
export async function signInWithDirectory(
  email: string,
  password: string,
): Promise<{ result: "ok"; userId: string } | { result: "refused" | "down" | "local" }> {
  const config = directoryFromEnv();
  if (!config) return { result: "local" };
  const [local] = await getDb()
    .select({
      id: schema.users.id,
      passwordHash: schema.users.passwordHash,
      active: schema.users.active,
      directoryDn: schema.users.directoryDn,
    })
    .from(schema.users)
    .where(sql`lower(${schema.users.email}) = ${email}`);
  if (!isDomainAccount(config, email, local)) return { result: "local" };

  const answer = await authenticate(config, email, password);
  if (answer.status === "ok") {
    const userId = await saveDirectoryPerson(answer.person);
    return userId ? { result: "ok", userId } : { result: "refused" };
  }
  if (answer.status === "down") {
    console.error(`directory: ${answer.error}`);
    return { result: "down" };
  }
  if (answer.status === "not_found" && local?.directoryDn) {
    if (local.active) await deactivateDirectoryPerson(local.id, "not found in the directory at sign-in");
    return { result: "refused" };
  }
  // Unknown to the directory but with a local password (an admin's own account): the local password decides.
  if (answer.status === "not_found" && local?.passwordHash) return { result: "local" };
  return { result: "refused" };
}
