import postgres from "postgres";
import { migrateDatabase } from "@/scripts/lib/migrate";
import { createTestDatabase } from "@/scripts/lib/test-database";

/** The same default server as the tests (scripts/test.ts): a local PostgreSQL that trusts user postgres. */
const DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * A migrated throwaway database for a benchmark, on the server of DATABASE_URL or else the tests' default;
 * `drop` removes it. Throws a message saying what to set when neither answers: benchmarks of 100,000 tickets
 * load them with COPY and need a real server, not the embedded PGlite.
 */
export async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL ?? DEFAULT_DATABASE;
  const probe = postgres(base, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await probe`select 1`;
  } catch (error) {
    throw new Error(
      `No PostgreSQL answers at ${base.replace(/:\/\/([^:@]+):[^@]+@/, "://$1:***@")} (${(error as Error).message}). ` +
        "Start one, or set DATABASE_URL to a server where this user may create databases; the benchmark creates its own and drops it.",
    );
  } finally {
    await probe.end();
  }
  const database = await createTestDatabase(base);
  await migrateDatabase(database.url);
  return database;
}
