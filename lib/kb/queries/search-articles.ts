import type { CurrentUser } from "@/lib/auth/current-user";
import { searchQuery } from "@/lib/search/schemas";
import { searchDesk } from "@/lib/search/search-desk";

/**
 * The knowledge base's search box: published articles only, through the desk search (which re-checks every
 * hit against Postgres and keeps internal articles from anyone but IT staff).
 */
export async function searchArticles(viewer: CurrentUser, q: string, limit = 20) {
  const query = searchQuery.parse({ q: q.slice(0, 500), kind: ["article"], status: ["published"], sort: "relevance", limit });
  const answer = await searchDesk(viewer, query);
  return {
    items: answer.items.map((item) => ({ id: item.id, title: item.title, snippet: item.snippet, categoryId: item.categoryId })),
    total: answer.total,
    limited: answer.limited ?? false,
  };
}
