import { matchGroup, type ProblemGroup } from "../grouping";
import { labelTerms } from "../grouping/label-terms";
import type { ArticleText, TicketText } from "./load-group-sources";

export type DescribedGroup = {
  members: string[];
  centroid: Record<string, number>;
  threshold: number;
  labelRu: string;
  labelEn: string;
  coverageArticleId: string | null;
  coverageSimilarity: number | null;
};

/**
 * Names each recurring group in both languages (from its own Russian and its own English texts, so a label is never
 * a translation) and finds the article covering it: the one its tickets were resolved with most; else the
 * published article whose text matches the group best by the grouping's own similarity.
 */
export function describeGroups(groups: ProblemGroup[], tickets: TicketText[], articles: ArticleText[]): DescribedGroup[] {
  const byId = new Map(tickets.map((t) => [t.id, t]));
  const bestArticle = bestArticleByGroup(groups, articles);
  return groups.map((g, index) => {
    const ranked = Object.entries(g.centroid)
      .map(([stem, score]) => ({ stem, score }))
      .sort((a, b) => b.score - a.score);
    const members = g.members.map((id) => byId.get(id)!);
    const label = (russian: boolean) => {
      const texts = members.filter((m) => m.russian === russian).map((m) => m.text);
      return texts.length ? labelTerms(ranked, texts, true).join(" ") : "";
    };
    const used = mostUsedArticle(members);
    const matched = bestArticle.get(index);
    return {
      members: g.members,
      centroid: g.centroid,
      threshold: g.threshold ?? 0,
      labelRu: label(true),
      labelEn: label(false),
      coverageArticleId: used ?? matched?.articleId ?? null,
      coverageSimilarity: used ? null : (matched?.similarity ?? null),
    };
  });
}

function mostUsedArticle(members: TicketText[]): string | null {
  const counts = new Map<string, number>();
  for (const m of members) if (m.usedArticleId) counts.set(m.usedArticleId, (counts.get(m.usedArticleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** Each article goes to the group it matches best; each group keeps the closest of its articles. */
function bestArticleByGroup(groups: ProblemGroup[], articles: ArticleText[]): Map<number, { articleId: string; similarity: number }> {
  const best = new Map<number, { articleId: string; similarity: number }>();
  for (const article of articles) {
    const match = matchGroup(article.text, groups);
    if (!match) continue;
    const current = best.get(match.index);
    if (!current || match.similarity > current.similarity) best.set(match.index, { articleId: article.id, similarity: match.similarity });
  }
  return best;
}
