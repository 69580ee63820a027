import { sql } from "drizzle-orm";
import { oneRow } from "../run-sql";

/** When the recurring problems were last grouped (null: never), shown beside them so nobody reads stale groups unaware. */
export async function groupingComputedAt(): Promise<Date | null> {
  const row = await oneRow<{ at: string | null }>(sql`select max(computed_at) as at from problem_groups`);
  return row.at ? new Date(row.at) : null;
}
