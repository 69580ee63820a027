import { migrateSchema } from "@/db/migrate";
import { setUpQueues } from "@/lib/jobs/ensure-queues";

/**
 * A database made ready for the app, side by side: drizzle's schema (db/, which knows no rules), then pg-boss's
 * schema and the job queues (lib/jobs). Used by db:migrate, the demo, the test run and the benchmarks. Safe to run again.
 */
export async function migrateDatabase(url: string): Promise<void> {
  await migrateSchema(url);
  await setUpQueues(url);
}
