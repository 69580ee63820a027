import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { createBoss } from "@/lib/jobs/boss";
import { ensureQueues } from "@/lib/jobs/ensure-queues";

/** Applies drizzle's migrations, then pg-boss's own schema and our queues. Safe to run again. */
export async function migrateDatabase(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(sql), { migrationsFolder: new URL("./migrations", import.meta.url).pathname });
  } finally {
    await sql.end();
  }
  const boss = createBoss({ connectionString: url, supervise: false, schedule: false, max: 1 });
  await boss.start();
  try {
    await ensureQueues(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
