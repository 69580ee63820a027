import { desc } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import type { CategoryModel } from "@/search/category/category-model";
import { type LoadedCategoryModel, loadCategoryModel } from "@/search/category/predict-category";

/** How long a process keeps using the model it loaded before looking for a newer one (training is nightly). */
const TTL_MS = 10 * 60_000;

let cached: { at: number; loaded: Promise<LoadedCategoryModel | null> } | null = null;

/** The newest trained category model, loaded once per process and refreshed every few minutes; null if none. */
export function currentCategoryModel(): Promise<LoadedCategoryModel | null> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const loaded = getDb()
      .select({ model: schema.categoryModels.model })
      .from(schema.categoryModels)
      .orderBy(desc(schema.categoryModels.id))
      .limit(1)
      .then(([row]) => {
        const model = row?.model as CategoryModel | undefined;
        return model?.version === 1 ? loadCategoryModel(model) : null;
      });
    cached = { at: Date.now(), loaded };
    loaded.catch(() => {
      cached = null;
    });
  }
  return cached.loaded;
}

/** Forget the loaded model (after training in this process, and in tests). */
export function forgetCategoryModel(): void {
  cached = null;
}
