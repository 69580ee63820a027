import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, schema } from "./client";
import { startEmbeddedPostgres } from "./embedded";
import { migrateSchema } from "./migrate";

// The demo's database: PGlite behind one socket, shared by the web server, the worker and the demo itself.
describe("the embedded PostgreSQL of the demo", () => {
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "pglite-"));
    server = await startEmbeddedPostgres(Number(process.env.TEST_PGLITE_PORT ?? 54398), dir);
    await migrateSchema(server.url);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("serves many connections of several pools at once without mixing their queries", async () => {
    const pools = [connect(server.url, 4), connect(server.url, 4)];
    try {
      const [department] = await pools[0].db
        .insert(schema.departments)
        .values({ key: "icu", nameRu: "Реанимация", nameEn: "ICU" })
        .returning();
      const reads = Array.from({ length: 40 }, (_, i) =>
        pools[i % 2].db
          .select({ key: schema.departments.key, n: sql<number>`${i}::int` })
          .from(schema.departments)
          .where(eq(schema.departments.id, department.id)),
      );
      const writes = Array.from({ length: 6 }, (_, i) =>
        pools[i % 2].db.transaction(async (tx) => {
          await tx.insert(schema.departments).values({ key: `ward-${i}`, nameRu: `Палата ${i}`, nameEn: `Ward ${i}` });
        }),
      );
      const results = await Promise.all(reads);
      await Promise.all(writes);
      results.forEach((rows, i) => expect(rows).toEqual([{ key: "icu", n: i }]));
      const wards = await pools[1].db.select().from(schema.departments);
      expect(wards).toHaveLength(7);
    } finally {
      await Promise.all(pools.map((p) => p.sql.end()));
    }
  });
});
