import { and, eq, isNotNull } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { stillInDirectory } from "./authenticate";
import { directoryFromEnv } from "./directory-config";
import { deactivateDirectoryPerson } from "./save-directory-person";

/**
 * The `directory.sync` job: every active directory account is looked up by its entry; one the directory no
 * longer has, or whose entry the user filter now leaves out (disabled), is deactivated, so their session and
 * API tokens stop at their next request rather than at their next sign-in. When the directory cannot be
 * asked, nobody is touched.
 */
export async function syncDirectory(): Promise<{ checked: number; deactivated: number }> {
  const config = directoryFromEnv();
  if (!config?.bindDn) return { checked: 0, deactivated: 0 };
  const people = await getDb()
    .select({ id: schema.users.id, email: schema.users.email, dn: schema.users.directoryDn })
    .from(schema.users)
    .where(and(eq(schema.users.active, true), isNotNull(schema.users.directoryDn)));
  let deactivated = 0;
  for (const person of people) {
    const answer = await stillInDirectory(config, person.dn!, person.email);
    if (answer === "down") break;
    if (answer === "no") {
      await deactivateDirectoryPerson(person.id, "removed or disabled in the directory");
      deactivated++;
    }
  }
  return { checked: people.length, deactivated };
}
