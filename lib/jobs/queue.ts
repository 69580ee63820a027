import type { Tx } from "@/db/client";
import { getBoss } from "./boss";
import { type JobName, type JobPayload, jobs } from "./definitions";

export type EnqueueOptions = { singletonKey?: string; startAfter?: Date | number };

/**
 * Queues a job inside the caller's transaction: the job exists exactly when the write commits, so a crash
 * between "save" and "send" cannot lose the side effect.
 */
export async function enqueue<N extends JobName>(tx: Tx, name: N, payload: JobPayload<N>, options: EnqueueOptions = {}): Promise<void> {
  const definition = jobs[name];
  const data = definition.payload.parse(payload);
  await getBoss().send(name, data as object, {
    ...options,
    retryLimit: definition.retryLimit ?? 10,
    retryDelay: 5,
    retryBackoff: true,
    ...(definition.expireInSeconds ? { expireInSeconds: definition.expireInSeconds } : {}),
    db: {
      // pg-boss is written for node-postgres: it leaves unset options undefined (null there) and hands the
      // payload over as an object; postgres.js wants null and JSON text.
      executeSql: async (text: string, values: unknown[]) => {
        const params = values.map((v) =>
          v === undefined ? null : v !== null && typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v,
        );
        const rows = await tx.sql.unsafe(text, params as never[]);
        return { rows: [...rows] };
      },
    },
  });
}
