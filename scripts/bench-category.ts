// npm run bench:category -- TRAIN.jsonl TEST.jsonl [--no-vote]: accuracy and macro-F1 of the production category
// suggestion. The model is learnt from TRAIN rows ({id, text, label}) by the same code the nightly
// `search.trainCategories` job runs, then asked for each TEST row. Also measured: the nearest-tickets vote the
// product uses before its first training (TRAIN indexed as past tickets with the production mapping in a
// throwaway index). Make the two files with `npm run bench:category:split` (a deterministic 80/20 split).
import { parseArgs } from "node:util";
import { benchSearchNode } from "@/search/bench/bench-search-node";
import { classificationScores } from "@/search/bench/classification";
import { readJsonl } from "@/search/bench/dataset";
import { pastTicket } from "@/search/bench/past-ticket";
import { createThrowawayIndex, dropIndex, loadDocuments } from "@/search/bench/throwaway-index";
import { loadCategoryModel, predictCategories } from "@/search/category/predict-category";
import { trainCategoryModel } from "@/search/category/train-category-model";
import { suggestCategory } from "@/search/queries/suggest-category";

type Row = { id: string; text: string; label: string };
type Pair = { truth: string; predicted: string | null };
const { values, positionals } = parseArgs({ allowPositionals: true, options: { "no-vote": { type: "boolean", default: false } } });
const [trainPath, testPath] = positionals;
if (!trainPath || !testPath) {
  console.error("usage: npm run bench:category -- TRAIN.jsonl TEST.jsonl [--no-vote]");
  process.exit(2);
}
const train = readJsonl<Row>(trainPath);
const test = readJsonl<Row>(testPath);

function report(name: string, pairs: Pair[], msPerTicket: number) {
  const s = classificationScores(pairs);
  console.log(
    `\n${name}: accuracy ${s.accuracy.toFixed(2)} %, macro-F1 ${s.macroF1.toFixed(2)} %  (${msPerTicket.toFixed(2)} ms a ticket)`,
  );
  for (const [label, f1] of [...s.perLabel].sort((a, b) => b[1] - a[1])) console.log(`  F1 ${label.padEnd(24)} ${f1.toFixed(2)}`);
}

const counts = new Map<string, number>();
for (const row of test) counts.set(row.label, (counts.get(row.label) ?? 0) + 1);
console.log(
  `${train.length} training and ${test.length} test tickets, ${counts.size} categories; majority class ${((100 * Math.max(...counts.values())) / test.length).toFixed(2)} %`,
);

const t0 = Date.now();
const model = loadCategoryModel(trainCategoryModel(train.map((row) => ({ text: row.text, categoryId: row.label }))));
console.log(`model learnt in ${((Date.now() - t0) / 1000).toFixed(1)} s (${model.model.features.length} features)`);
const t1 = Date.now();
const learnt = test.map((row) => ({ truth: row.label, predicted: predictCategories(model, row.text)[0]?.categoryId ?? null }));
report("production: learnt model", learnt, (Date.now() - t1) / test.length);

if (!values["no-vote"]) {
  const node = await benchSearchNode();
  const index = await createThrowawayIndex(node.client, "ticket", "category");
  try {
    await loadDocuments(
      node.client,
      index,
      train.map((row, i) => ({ id: row.id, document: pastTicket({ subject: "", description: row.text, categoryId: row.label }, i + 1) })),
    );
    const pairs: Pair[] = [];
    const t2 = Date.now();
    // A few requests in flight at once: the node has two cores and other work to do.
    for (let i = 0; i < test.length; i += 4) {
      const batch = test.slice(i, i + 4);
      const guesses = await Promise.all(batch.map((row) => suggestCategory(node.client, { subject: row.text }, { index })));
      batch.forEach((row, j) => pairs.push({ truth: row.label, predicted: guesses[j][0]?.categoryId ?? null }));
    }
    report("before the first training: nearest-tickets vote (search node)", pairs, (Date.now() - t2) / test.length);
  } finally {
    await dropIndex(node.client, index);
    await node.stop();
  }
}
