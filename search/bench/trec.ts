import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export type ScoredRun = Map<string, { id: string; score: number }[]>;

/** A run in TREC format (`qid Q0 docid rank score tag`), the input of trec_eval and the SemEval scorer. */
export function writeTrecRun(dir: string, file: string, tag: string, run: ScoredRun): string {
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  for (const [query, docs] of run)
    docs.forEach((doc, i) => lines.push(`${query}\tQ0\t${doc.id}\t${i + 1}\t${doc.score.toFixed(6)}\t${tag}`));
  const path = join(dir, file);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}
