import { getSql } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { isKnowledgeEditor } from "../article-rules";

export type ReviewQueueItem = {
  id: string;
  /** The title under review: the pending edit's on a published article. */
  title: string;
  language: "ru" | "en";
  visibility: "public" | "internal";
  /** "new": never published; "edit": a submitted edit of a published article. */
  kind: "new" | "edit";
  authorName: string;
  categoryRu: string | null;
  categoryEn: string | null;
  submittedAt: Date;
  /** How many times it has been sent back before. */
  rounds: number;
};

/**
 * The editors' queue: articles in review and published articles with a submitted edit, oldest first (the
 * one waiting longest is the next to read). A new article's submission time is its last "submitted" event.
 */
export async function reviewQueue(viewer: CurrentUser): Promise<ReviewQueueItem[]> {
  if (!isKnowledgeEditor(viewer.roles)) throw new AppError("forbidden", "Only a knowledge editor can do this");
  const rows = await getSql()<(Omit<ReviewQueueItem, "submittedAt"> & { submittedAt: string | Date })[]>`
    select a.id, coalesce(a.draft_title, a.title) as title, a.language, a.visibility,
      case when a.status = 'published' then 'edit' else 'new' end as kind,
      u.name as "authorName", c.name_ru as "categoryRu", c.name_en as "categoryEn",
      coalesce(a.draft_submitted_at, ev.submitted_at, a.updated_at) as "submittedAt",
      coalesce(ev.rounds, 0) as rounds
    from articles a
    join users u on u.id = a.author_id
    left join categories c on c.id = a.category_id
    left join lateral (
      select max(e.at) filter (where e.action = 'submitted') as submitted_at, (count(*) filter (where e.action = 'sent_back'))::int as rounds
      from audit_events e where e.entity_type = 'article' and e.entity_id = a.id::text
    ) ev on true
    where a.status = 'in_review' or (a.status = 'published' and a.draft_submitted_at is not null)
    order by "submittedAt" asc`;
  // Drizzle turns off postgres.js's date parsing for the shared connection, so raw queries get text.
  return rows.map((row) => ({ ...row, submittedAt: new Date(row.submittedAt) }));
}
