import { sql } from "drizzle-orm";
import { problemGroupId } from "@/lib/problems/problem-group";
import { problemNumber } from "@/lib/problems/problem-status";
import { rows } from "../run-sql";

export type GroupProblem = { id: string; number: string; status: "open" | "known_error" };

/**
 * Whether a problem record is open for each recurring group: the newest problem still open or a known error whose
 * group it is (opened from it, or holding most of its tickets — lib/problems/problem-group.ts), so the report shows
 * it instead of offering to open a second one.
 */
export async function openProblemsOfGroups(groupIds: string[]): Promise<Map<string, GroupProblem>> {
  if (groupIds.length === 0) return new Map();
  const found = await rows<{ group_id: string; id: string; number: number; status: GroupProblem["status"] }>(sql`
    select distinct on (g.group_id) g.group_id, p.id, p.number, p.status
    from problems p cross join lateral (select ${problemGroupId} as group_id) g
    where p.status in ('open', 'known_error') and g.group_id in (${sql.join(
      groupIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
    order by g.group_id, p.created_at desc`);
  return new Map(found.map((r) => [r.group_id, { id: r.id, number: problemNumber(r.number), status: r.status }]));
}
