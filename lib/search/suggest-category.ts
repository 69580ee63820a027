import { inArray } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { isUuid } from "@/lib/is-uuid";
import { predictCategories } from "@/search/category/predict-category";
import { suggestCategory } from "@/search/queries/suggest-category";
import { currentCategoryModel } from "./category-model-cache";
import { fallbackCategory } from "./fallback/fallback-category";
import { SUGGEST_TIMEOUT, withFallback } from "./with-fallback";

export type CategorySuggestion = { categoryId: string; nameRu: string; nameEn: string; confidence: number };

/** The guesses for a text: the learnt model when there is one, else the vote of the nearest past tickets. */
async function guess(input: { q: string; description?: string }) {
  const text = `${input.q}\n${input.description ?? ""}`;
  const model = await currentCategoryModel();
  const learnt = model ? predictCategories(model, text) : [];
  if (learnt.length > 0) return { result: learnt, limited: false };
  return withFallback(
    (client) => suggestCategory(client, { subject: input.q, description: input.description }, {}, SUGGEST_TIMEOUT),
    () => fallbackCategory(text),
    // As the person types: no guess is better than a queue of expensive ones.
    { whenBusy: () => [] },
  );
}

/**
 * The category to pre-fill on the new-ticket form (the person can change it; it also feeds automatic
 * assignment). A model learnt from past tickets (`search.trainCategories`) decides; before the first training,
 * or for text it knows no word of, the most similar past tickets vote. The best few, with their names;
 * categories that no longer exist are skipped. Reveals no ticket, so anyone who may file a ticket may ask.
 */
export async function suggestCategoryFor(
  input: { q: string; description?: string },
  limit = 3,
): Promise<{ items: CategorySuggestion[]; limited?: true }> {
  const { result, limited } = await guess(input);
  const top = result.slice(0, limit + 2).filter((g) => isUuid(g.categoryId));
  const names = top.length
    ? await getDb()
        .select({ id: schema.categories.id, nameRu: schema.categories.nameRu, nameEn: schema.categories.nameEn })
        .from(schema.categories)
        .where(
          inArray(
            schema.categories.id,
            top.map((g) => g.categoryId),
          ),
        )
    : [];
  const byId = new Map(names.map((n) => [n.id, n]));
  const items = top.flatMap((g) => {
    const name = byId.get(g.categoryId);
    return name
      ? [{ categoryId: g.categoryId, nameRu: name.nameRu, nameEn: name.nameEn, confidence: Math.round(g.confidence * 1000) / 1000 }]
      : [];
  });
  return { items: items.slice(0, limit), ...(limited ? { limited: true as const } : {}) };
}
