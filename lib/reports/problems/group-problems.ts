import { sql } from "drizzle-orm";
import { withTransaction } from "@/db/client";
import { groupTexts } from "../grouping";
import { rows } from "../run-sql";
import { type DescribedGroup, describeGroups } from "./describe-groups";
import { keepGroupIds } from "./keep-group-ids";
import { loadGroupSources } from "./load-group-sources";

/** A problem is recurring from its second ticket; single tickets are not stored. */
const MIN_TICKETS = 2;
const BATCH = 5_000;

/**
 * The `reports.groupProblems` job (hourly, and on demand): groups the last two years' tickets by what they are
 * about, names and covers each group, and replaces the stored groups in one transaction, so the report pages
 * never read half a grouping.
 */
export async function groupProblems(now = new Date()): Promise<{ tickets: number; groups: number; ms: number }> {
  const started = Date.now();
  const { tickets, articles } = await loadGroupSources(now);
  const groups = groupTexts(tickets.map((t) => ({ id: t.id, text: t.text }))).filter((g) => g.members.length >= MIN_TICKETS);
  const described = describeGroups(groups, tickets, articles);
  const old = await rows<{ group_id: string; ticket_id: string }>(sql`select group_id, ticket_id from problem_group_tickets`);
  const ids = keepGroupIds(described, new Map(old.map((r) => [r.ticket_id, r.group_id])));
  await storeGroups(described, ids, now);
  return { tickets: tickets.length, groups: described.length, ms: Date.now() - started };
}

async function storeGroups(groups: DescribedGroup[], keptIds: (string | null)[], now: Date): Promise<void> {
  await withTransaction(async (tx) => {
    // One hourly run at a time, whoever started it (the schedule, or an analyst's refresh).
    await tx.sql`select pg_advisory_xact_lock(hashtext('reports.groupProblems'))`;
    await tx.sql`delete from problem_group_tickets`;
    const ids: string[] = [];
    for (const [index, g] of groups.entries()) {
      const centroid = JSON.stringify(g.centroid);
      const kept = keptIds[index];
      const [row] = kept
        ? await tx.sql<
            { id: string }[]
          >`update problem_groups set label_ru = ${g.labelRu}, label_en = ${g.labelEn}, centroid = ${centroid}::jsonb, threshold = ${g.threshold},
            coverage_article_id = ${g.coverageArticleId}, coverage_similarity = ${g.coverageSimilarity}, computed_at = ${now.toISOString()}::timestamptz where id = ${kept} returning id`
        : await tx.sql<
            { id: string }[]
          >`insert into problem_groups (label_ru, label_en, centroid, threshold, coverage_article_id, coverage_similarity, computed_at)
            values (${g.labelRu}, ${g.labelEn}, ${centroid}::jsonb, ${g.threshold}, ${g.coverageArticleId}, ${g.coverageSimilarity}, ${now.toISOString()}::timestamptz) returning id`;
      ids.push(row.id);
    }
    await tx.sql`delete from problem_groups where not (id = any(${ids}::uuid[]))`;
    const pairs = groups.flatMap((g, index) => g.members.map((ticketId) => [ids[index], ticketId] as const));
    for (let i = 0; i < pairs.length; i += BATCH) {
      const batch = pairs.slice(i, i + BATCH);
      await tx.sql`insert into problem_group_tickets (group_id, ticket_id)
        select * from unnest(${batch.map((p) => p[0])}::uuid[], ${batch.map((p) => p[1])}::uuid[])`;
    }
  });
}
