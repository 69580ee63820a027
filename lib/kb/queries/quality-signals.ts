import { getSql } from "@/db/client";
import type { QualityCounts } from "../quality-rules";

export type QualityRow = QualityCounts & { id: string };

/**
 * The quality signals of some articles, counted in Postgres:
 * - helpful / not helpful: the readers' votes;
 * - uses: tickets whose solution used the article (ticket_articles relation "used", set when a ticket is
 *   resolved with it); resolved: those now resolved or closed;
 * - rejected: "rejected" events of those tickets after the article was linked to them, i.e. solutions that
 *   relied on the article and did not satisfy the requester;
 * - deflections: "This solved my problem" on the article among a requester's suggestions.
 */
export async function countQuality(scope: { ids: string[] } | { published: true }): Promise<QualityRow[]> {
  const sql = getSql();
  if ("ids" in scope && scope.ids.length === 0) return [];
  const where = "ids" in scope ? sql`a.id = any(${scope.ids}::uuid[])` : sql`a.status = 'published'`;
  return sql<QualityRow[]>`
    with scope as (select a.id, a.views from articles a where ${where}),
    votes as (
      select f.article_id, count(*) filter (where f.helpful)::int as helpful, count(*) filter (where not f.helpful)::int as not_helpful
      from article_feedback f join scope s on s.id = f.article_id group by f.article_id
    ),
    uses as (
      select ta.article_id, count(*)::int as uses, count(*) filter (where t.status in ('resolved', 'closed'))::int as resolved
      from ticket_articles ta join scope s on s.id = ta.article_id join tickets t on t.id = ta.ticket_id
      where ta.relation = 'used' group by ta.article_id
    ),
    rejections as (
      select ta.article_id, count(*)::int as rejected
      from ticket_articles ta join scope s on s.id = ta.article_id
      join audit_events e on e.entity_type = 'ticket' and e.entity_id = ta.ticket_id::text and e.action = 'rejected' and e.at >= ta.created_at
      where ta.relation = 'used' group by ta.article_id
    ),
    deflected as (
      select d.item_id as article_id, count(*)::int as deflections
      from deflections d join scope s on s.id = d.item_id where d.kind = 'article' group by d.item_id
    )
    select s.id, s.views,
      coalesce(v.helpful, 0) as helpful, coalesce(v.not_helpful, 0) as "notHelpful",
      coalesce(u.uses, 0) as uses, coalesce(u.resolved, 0) as resolved, coalesce(r.rejected, 0) as rejected,
      coalesce(d.deflections, 0) as deflections
    from scope s
    left join votes v on v.article_id = s.id
    left join uses u on u.article_id = s.id
    left join rejections r on r.article_id = s.id
    left join deflected d on d.article_id = s.id`;
}

/** One article's signals (zeros when it has none). */
export async function articleQuality(articleId: string): Promise<QualityCounts> {
  const [row] = await countQuality({ ids: [articleId] });
  if (!row) return { views: 0, helpful: 0, notHelpful: 0, uses: 0, resolved: 0, rejected: 0, deflections: 0 };
  return {
    views: row.views,
    helpful: row.helpful,
    notHelpful: row.notHelpful,
    uses: row.uses,
    resolved: row.resolved,
    rejected: row.rejected,
    deflections: row.deflections,
  };
}
