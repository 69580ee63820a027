import PgBoss from "pg-boss";
import { databaseUrl } from "@/db/client";

const globalForBoss = globalThis as unknown as { __helpdeskBoss?: PgBoss };

/**
 * A pg-boss instance. The web server only uses it to insert jobs through a caller's transaction (it never
 * starts it, so no timers run there); the worker and the migrate script start their own.
 */
export function getBoss(): PgBoss {
  globalForBoss.__helpdeskBoss ??= createBoss();
  return globalForBoss.__helpdeskBoss;
}

export function createBoss(options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  return new PgBoss({ max: 4, ...options, connectionString: options.connectionString ?? databaseUrl() });
}
