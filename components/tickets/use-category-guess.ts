"use client";

import { useState } from "react";
import { useDebouncedJson } from "@/components/search/use-debounced-json";
import type { CategorySuggestion } from "@/lib/search/suggest-category";
import type { FlatCategory } from "./category-tree";
import { suggestUrl } from "./suggestions-panel";

/** A guess this unsure is not worth pre-filling: an empty category is better than a wrong one. */
const MIN_CATEGORY_CONFIDENCE = 0.2;

/**
 * The new ticket's category: the one the person chose; until they choose, the one suggested from the text
 * (`guess`, so the form can mark it as suggested).
 */
export function useCategoryGuess(subject: string, description: string, categories: FlatCategory[]) {
  const [chosen, setChosen] = useState<{ id: string | null } | null>(null);
  const url = chosen ? null : suggestUrl(subject, description, "/api/v1/suggest/category");
  const answer = useDebouncedJson<{ items: CategorySuggestion[] }>(url, 400);
  const guess = url
    ? answer.data?.items.find((c) => c.confidence >= MIN_CATEGORY_CONFIDENCE && categories.some((k) => k.id === c.categoryId))
    : undefined;
  return {
    categoryId: chosen ? chosen.id : (guess?.categoryId ?? null),
    guess,
    choose: (id: string | null) => setChosen({ id }),
  };
}
