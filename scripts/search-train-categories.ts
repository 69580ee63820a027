// npm run search:train-categories: learns the category suggestion from the tickets in Postgres now (the
// `search.trainCategories` job does the same every night).
import { closeDb } from "@/db/client";
import { trainCategories } from "@/lib/search/train-categories";

try {
  const t0 = Date.now();
  const result = await trainCategories();
  console.log(
    result
      ? `category model: ${result.classes} categories learnt from ${result.examples} tickets in ${((Date.now() - t0) / 1000).toFixed(1)} s`
      : "too few categorised tickets to learn from yet; suggestions use the nearest-tickets vote",
  );
} finally {
  await closeDb();
}
