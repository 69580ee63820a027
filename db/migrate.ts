import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

/**
 * Applies drizzle's migrations (the schema only; the job queues are lib/jobs's, see scripts/lib/migrate.ts).
 * Safe to run again.
 */
export async function migrateSchema(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder: new URL("./migrations", import.meta.url).pathname });
  } finally {
    await sql.end();
  }
}
