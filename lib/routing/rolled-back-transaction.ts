import { getDb, type TxDb } from "@/db/client";

const rollback = new Error("rollback");

/**
 * For tests of desk-wide state (rules, SLA policies, settings): runs `work` in a transaction that is always
 * rolled back, so the test may switch off or overwrite what others rely on without anybody seeing it.
 */
export async function inRolledBackTransaction(work: (db: TxDb) => Promise<void>): Promise<void> {
  try {
    await getDb().transaction(async (db) => {
      await work(db);
      throw rollback;
    });
  } catch (error) {
    if (error !== rollback) throw error;
  }
}
