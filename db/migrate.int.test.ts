import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/scripts/lib/test-database";
import { migrateSchema } from "./migrate";

describe("migrations", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL!);
  });
  afterAll(async () => database?.drop());

  it("apply to an empty database, twice without harm", async () => {
    await migrateSchema(database.url);
    await migrateSchema(database.url);
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      const tables = await sql<{ table_name: string }[]>`select table_name from information_schema.tables where table_schema = 'public'`;
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining([
          "users",
          "user_roles",
          "departments",
          "categories",
          "tickets",
          "ticket_remarks",
          "audit_events",
          "api_tokens",
          "articles",
        ]),
      );
    } finally {
      await sql.end();
    }
  });
});
