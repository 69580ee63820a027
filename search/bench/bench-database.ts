import { rm } from "node:fs/promises";
import postgres from "postgres";
import { startEmbeddedPostgres } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";

/**
 * A migrated throwaway database for a benchmark: a new database on the server of DATABASE_URL when it is set,
 * else the embedded PGlite on port 55433 with a temporary data folder. `drop` removes it either way.
 */
export async function benchDatabase(log: (line: string) => void = console.log): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (base) {
    const name = `bench_${Date.now()}_${process.pid}`;
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    await migrateDatabase(url.toString());
    return {
      url: url.toString(),
      drop: async () => {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  log("no DATABASE_URL: starting the embedded PostgreSQL (PGlite) on port 55433…");
  const dir = `.data/bench-pg-${process.pid}`;
  const embedded = await startEmbeddedPostgres(55433, dir);
  await migrateDatabase(embedded.url);
  return {
    url: embedded.url,
    drop: async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
