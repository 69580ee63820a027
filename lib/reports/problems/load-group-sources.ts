import { sql } from "drizzle-orm";
import { markdownToText } from "@/search/documents/markdown-to-text";
import { MAX_REPORT_DAYS } from "../filters";
import { rows } from "../run-sql";

export type TicketText = { id: string; text: string; russian: boolean; usedArticleId: string | null };
export type ArticleText = { id: string; text: string };

const cyrillic = /[а-яё]/gi;
const latin = /[a-z]/gi;

/** Whether a text is mostly Russian: its label then comes from the Russian words. */
export function isRussian(text: string): boolean {
  return (text.match(cyrillic)?.length ?? 0) >= (text.match(latin)?.length ?? 0);
}

/**
 * The texts the grouping reads: every ticket a report can ask about (created in the last two years, cancelled
 * ones too — a withdrawn ticket still shows the problem), subject on the first line as the grouping expects;
 * and the published articles that may cover a group.
 */
export async function loadGroupSources(now = new Date()): Promise<{ tickets: TicketText[]; articles: ArticleText[] }> {
  const since = new Date(now.getTime() - MAX_REPORT_DAYS * 86_400_000).toISOString();
  const [ticketRows, articleRows] = await Promise.all([
    rows<{ id: string; subject: string; description: string; solution: string | null; used: string | null }>(sql`
      select t.id, t.subject, t.description, t.solution,
        (select ta.article_id from ticket_articles ta where ta.ticket_id = t.id and ta.relation = 'used' limit 1) as used
      from tickets t where t.created_at >= ${since}::timestamptz order by t.created_at`),
    rows<{ id: string; title: string; body: string }>(sql`select id, title, body from articles where status = 'published'`),
  ]);
  return {
    tickets: ticketRows.map((t) => {
      const text = `${oneLine(t.subject)}\n${t.description}\n${t.solution ?? ""}`;
      return { id: t.id, text, russian: isRussian(`${t.subject} ${t.description}`), usedArticleId: t.used };
    }),
    articles: articleRows.map((a) => ({ id: a.id, text: `${oneLine(a.title)}\n${markdownToText(a.body)}` })),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
