import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/db/embedded";
import { createTestDatabase } from "@/scripts/lib/test-database";
import { setUpQueues } from "./ensure-queues";

async function queueNames(url: string): Promise<string[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return (await sql<{ name: string }[]>`select name from pgboss.queue`).map((q) => q.name);
  } finally {
    await sql.end();
  }
}

// The migrate command's second half (scripts/lib/migrate.ts): pg-boss's schema and our queues.
describe("the job queues' set-up", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("creates every queue in an empty database, twice without harm", async () => {
    const database = await createTestDatabase(process.env.DATABASE_URL!);
    cleanups.push(database.drop);
    await setUpQueues(database.url);
    await setUpQueues(database.url);
    expect(await queueNames(database.url)).toContain("mail.tokenCreated");
  });

  it("works on the demo's embedded PostgreSQL too", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pglite-queues-"));
    const server = await startEmbeddedPostgres(Number(process.env.TEST_PGLITE_QUEUES_PORT ?? 54397), dir);
    cleanups.push(() => rm(dir, { recursive: true, force: true }), server.stop);
    await setUpQueues(server.url);
    expect(await queueNames(server.url)).toContain("mail.tokenCreated");
  }, 120_000);
});
