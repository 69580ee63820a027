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
  batchUntilSync(server);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new Error(
        `Port ${port} for the embedded database is taken: set PGLITE_PORT to a free port, or DATABASE_URL to a PostgreSQL server`,
      );
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

type Enqueue = (handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void) => Promise<number>;

// Extended-protocol messages that only make sense together with the ones that follow, up to Sync.
const PARSE = 0x50,
  BIND = 0x42,
  DESCRIBE = 0x44,
  EXECUTE = 0x45,
  CLOSE = 0x43;
const pending = new Set([PARSE, BIND, DESCRIBE, EXECUTE, CLOSE]);

/**
 * pglite-socket hands PGlite one protocol message at a time, taking turns between connections, so one
 * connection's Bind can land between another's Bind and Execute and run the wrong portal. Here each
 * connection's messages are held back until its Sync (or any other message) and handed over as one piece,
 * which PGlite runs without interruption.
 */
function batchUntilSync(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: { enqueue: Enqueue } }).queryQueue;
  const enqueue = queue.enqueue.bind(queue);
  const held = new Map<number, Uint8Array[]>();
  queue.enqueue = (handlerId, message, onData) => {
    const parts = held.get(handlerId) ?? [];
    parts.push(message);
    if (pending.has(message[0])) {
      held.set(handlerId, parts);
      return Promise.resolve(0);
    }
    held.delete(handlerId);
    return enqueue(handlerId, parts.length === 1 ? message : Buffer.concat(parts), onData);
  };
}
