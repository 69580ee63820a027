// npm run bench:relevance -- DIR [--out DIR] [--folds K]: ranking quality of the production suggestion query on a
// question–question similarity set (format of /work/shared/data/semeval2016-qq-dev, see its README). Indexes the
// corpus as resolved shareable tickets with the production mapping in a throwaway index, runs both protocols
// (re-rank the judged candidates; retrieve from the whole corpus) and both query forms (subject only; subject
// and description), prints MAP, MRR, P@1, P@5 and nDCG@10 (percent), and writes each run in TREC format.
// With --folds K, first the fold search (search/bench/fold-search.ts): every ranking choice picked on K−1 folds
// of the queries and scored on the one left out, beside plain BM25 and the production query; then the weak-match
// cut (search/queries/weak-matches.ts) chosen the same way.
import { parseArgs } from "node:util";
import { benchSearchNode } from "@/search/bench/bench-search-node";
import { readRelevanceSet } from "@/search/bench/dataset";
import { foldReport } from "@/search/bench/fold-search";
import { evaluate, type Run } from "@/search/bench/metrics";
import { pastTicket } from "@/search/bench/past-ticket";
import { createRankingIndex } from "@/search/bench/ranking-index";
import { type Protocol, type QueryForm, relevanceRun } from "@/search/bench/relevance-runs";
import { createThrowawayIndex, dropIndex, loadDocuments } from "@/search/bench/throwaway-index";
import { writeTrecRun } from "@/search/bench/trec";
import { weakMatchReport } from "@/search/bench/weak-match-folds";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: "string", default: ".data/bench" }, folds: { type: "string" } },
});
const folds = values.folds === undefined ? null : Number(values.folds);
const dir = positionals[0];
if (!dir || (folds !== null && !(Number.isInteger(folds) && folds >= 2))) {
  console.error("usage: npm run bench:relevance -- DIR [--out DIR] [--folds K (2 or more)]");
  process.exit(2);
}

const set = readRelevanceSet(dir);
const node = await benchSearchNode();
// The fold search needs the production index plus its variants (ranking-index.ts); production fields are alike.
const index = folds ? await createRankingIndex(node.client) : await createThrowawayIndex(node.client, "ticket", "relevance");
try {
  await loadDocuments(
    node.client,
    index,
    set.corpus.map((item, i) => ({ id: item.id, document: pastTicket({ subject: item.title, description: item.body }, i + 1) })),
  );
  console.log(`${dir}: ${set.corpus.length} documents, ${set.queries.length} queries\n`);
  if (folds) {
    await foldReport(node.client, index, set, folds);
    console.log("\nweak matches (search/queries/weak-matches.ts): the cut picked on k−1 folds, scored on the one left out");
    await weakMatchReport(node.client, index, set, folds);
    console.log("\nthe whole folder, production query:");
  }
  console.log("run               MAP     MRR     P@1     P@5  nDCG@10");
  const queryIds = set.queries.map((q) => q.id);
  for (const protocol of ["rerank", "corpus"] as Protocol[]) {
    for (const form of ["subject", "full"] as QueryForm[]) {
      const scored = await relevanceRun(node.client, index, set, protocol, form);
      const run: Run = new Map([...scored].map(([q, docs]) => [q, docs.map((d) => d.id)]));
      const s = evaluate(run, set.qrels, queryIds);
      const name = `${protocol}-${form}`;
      writeTrecRun(values.out!, `${name}.run`, `helpdesk-suggest-${name}`, scored);
      console.log(`${name.padEnd(15)} ${[s.map, s.mrr, s.p1, s.p5, s.ndcg10].map((x) => x.toFixed(2).padStart(6)).join("  ")}`);
    }
  }
  console.log(`\nruns written to ${values.out}/ (rerank-subject.run, rerank-full.run, corpus-subject.run, corpus-full.run)`);
} finally {
  await dropIndex(node.client, index);
  await node.stop();
}
