import { and, desc, isNotNull, lt, ne } from "drizzle-orm";
import { getDb, schema } from "@/db/client";
import { trainCategoryModel } from "@/search/category/train-category-model";

const { tickets, categoryModels } = schema;

/** How much history the model learns from: recent tickets reflect the categories as they are used now. */
const MAX_EXAMPLES = 50_000;
const MIN_EXAMPLES = 20;

/**
 * The `search.trainCategories` job: learns the category suggestion from past tickets (subject and description,
 * the category they ended up in; cancelled ones excluded) and stores the model. With too little history it
 * does nothing, and suggestions keep using the nearest-tickets vote.
 */
export async function trainCategories(): Promise<{ examples: number; classes: number } | null> {
  const db = getDb();
  const rows = await db
    .select({ subject: tickets.subject, description: tickets.description, categoryId: tickets.categoryId })
    .from(tickets)
    .where(and(isNotNull(tickets.categoryId), ne(tickets.status, "cancelled")))
    .orderBy(desc(tickets.createdAt))
    .limit(MAX_EXAMPLES);
  const examples = rows.map((r) => ({ text: `${r.subject}\n${r.description}`, categoryId: r.categoryId! }));
  if (examples.length < MIN_EXAMPLES || new Set(examples.map((e) => e.categoryId)).size < 2) return null;
  const model = trainCategoryModel(examples);
  await db.insert(categoryModels).values({ examples: examples.length, model });
  // Keep the previous model too, for comparison; older ones are of no use.
  const kept = await db.select({ id: categoryModels.id }).from(categoryModels).orderBy(desc(categoryModels.id)).limit(2);
  await db.delete(categoryModels).where(lt(categoryModels.id, kept[kept.length - 1].id));
  return { examples: examples.length, classes: model.classes.length };
}
