import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Db = PostgresJsDatabase<typeof schema>;
export type Sql = postgres.Sql;

type Connection = { sql: Sql; db: Db };

// One pool per process; kept on globalThis so Next's dev reloads do not open a new pool each time.
const globalForDb = globalThis as unknown as { __helpdeskDb?: Connection };

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run demo` or set it to a PostgreSQL URL");
  return url;
}

export function connect(url = databaseUrl(), max = Number(process.env.DATABASE_POOL_SIZE ?? 10)): Connection {
  // JIT off: PostgreSQL compiles a query to machine code once its estimated cost passes jit_above_cost, which the
  // reports over a year of 100,000 tickets do, and the compiling took ~250 ms of a ~340 ms query (bench:analytics).
  // Every query here answers a person or a job within a second, where compiling never pays back.
  const sql = postgres(url, { max, onnotice: () => {}, connect_timeout: 5, connection: { jit: "off" } });
  // Drizzle asks postgres.js for unnamed statements, and postgres.js then needs two round trips for every
  // parameterised query (describe, then bind). The embedded PGlite serves all connections from one session,
  // so another connection's query can land between the two and replace the unnamed statement. Named
  // statements (unique per connection) are immune, and save a round trip on a real server as well.
  const unsafe = sql.unsafe.bind(sql);
  sql.unsafe = ((query: string, params?: never[], options?: postgres.UnsafeQueryOptions) =>
    unsafe(query, params, { ...options, prepare: true })) as typeof sql.unsafe;
  return { sql, db: drizzle(sql, { schema }) };
}

function connection(): Connection {
  globalForDb.__helpdeskDb ??= connect();
  return globalForDb.__helpdeskDb;
}

export function getDb(): Db {
  return connection().db;
}

export function getSql(): Sql {
  return connection().sql;
}

export type TxDb = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Tx = { db: TxDb; sql: postgres.TransactionSql };

/**
 * Runs `work` in one transaction. The caller gets drizzle's transaction and the raw postgres.js transaction
 * under it, so jobs can be queued in the same transaction as the write (see lib/jobs/queue.ts). Given
 * `within`, the work joins that enclosing transaction instead: a caller that must commit its own row with a
 * command's write (a mail import with its ticket) passes its transaction down.
 */
export async function withTransaction<T>(work: (tx: Tx) => Promise<T>, within?: Tx): Promise<T> {
  if (within) return work(within);
  return getDb().transaction(async (db) => {
    // drizzle keeps the postgres.js transaction it runs on as session.client (not in its public types).
    const sql = (db as unknown as { session: { client: postgres.TransactionSql } }).session.client;
    return work({ db, sql });
  });
}

export async function closeDb(): Promise<void> {
  const conn = globalForDb.__helpdeskDb;
  globalForDb.__helpdeskDb = undefined;
  await conn?.sql.end({ timeout: 5 });
}

export { schema };
