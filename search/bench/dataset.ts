import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Qrels, Run } from "./metrics";

export type TextItem = { id: string; title: string; body: string };
/** A question–question similarity set in the format of /work/shared/data/semeval2016-qq-dev (see its README). */
export type RelevanceSet = { corpus: TextItem[]; queries: TextItem[]; qrels: Qrels; candidates: Run };

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

function readTsv(path: string): string[][] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("\t"));
}

export function readRelevanceSet(dir: string): RelevanceSet {
  const qrels: Qrels = new Map();
  for (const [q, doc, grade] of readTsv(join(dir, "qrels.tsv"))) {
    if (!qrels.has(q)) qrels.set(q, new Map());
    qrels.get(q)!.set(doc, Number(grade));
  }
  // Candidates in their original order: the tie-break for any the system leaves unscored.
  const ranked = readTsv(join(dir, "candidates.tsv")).map(([q, doc, rank]) => ({ q, doc, rank: Number(rank) }));
  ranked.sort((a, b) => a.q.localeCompare(b.q) || a.rank - b.rank);
  const candidates: Run = new Map();
  for (const { q, doc } of ranked) {
    if (!candidates.has(q)) candidates.set(q, []);
    candidates.get(q)!.push(doc);
  }
  return {
    corpus: readJsonl<TextItem>(join(dir, "corpus.jsonl")),
    queries: readJsonl<TextItem>(join(dir, "queries.jsonl")),
    qrels,
    candidates,
  };
}
