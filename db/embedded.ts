import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * The demo's default database: PGlite (PostgreSQL compiled to WASM) served on a local port, so postgres.js,
 * drizzle-kit and pg-boss talk to it exactly as to a real server. Data lives under .data/.
 */
export async function startEmbeddedPostgres(port: number, dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 32 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new Error(`Port ${port} for the embedded database is taken: set PGLITE_PORT to a free port, or DATABASE_URL to a PostgreSQL server`);
    }
    throw error;
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
