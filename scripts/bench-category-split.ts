// npm run bench:category:split [-- SOURCE.jsonl] [--out DIR]: splits a labelled ticket set (default
// /work/shared/data/it-tickets-train/train.jsonl) deterministically by id into DIR/category-train.jsonl (80 %)
// and DIR/category-test.jsonl (20 %), the inputs of bench:category.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { isTestRow } from "@/search/bench/split";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string", default: ".data/bench" } } });
const source = positionals[0] ?? "/work/shared/data/it-tickets-train/train.jsonl";
const train: string[] = [];
const test: string[] = [];
for (const line of readFileSync(source, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const { id } = JSON.parse(line) as { id: string };
  (isTestRow(id) ? test : train).push(line);
}
mkdirSync(values.out!, { recursive: true });
writeFileSync(join(values.out!, "category-train.jsonl"), train.join("\n") + "\n");
writeFileSync(join(values.out!, "category-test.jsonl"), test.join("\n") + "\n");
console.log(`${source}: ${train.length} train, ${test.length} test rows → ${values.out}/category-{train,test}.jsonl`);
