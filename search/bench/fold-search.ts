import type { Client } from "@elastic/elasticsearch";
import type { RelevanceSet } from "./dataset";
import { coordinateAscent, foldsOf, meanOf, type PerQuery, spread, trainingSide } from "./folds";
import { averagePrecision, precisionAt, reciprocalRank } from "./metrics";
import { plainQuery, productionBefore, type RankingChoice, rankingQuery } from "./ranking-choices";
import { B_GRID, K1_GRID } from "./ranking-index";
import { type Protocol, type QueryBuilder, type QueryForm, relevanceRun } from "./relevance-runs";

/** Where the fold search starts: every clause off, the index analyzer (no stop words, no synonyms), default BM25. */
export const bare: RankingChoice = {
  stopWords: false,
  synonyms: false,
  similarity: { k1: 1.2, b: 0.75 },
  subjectBoost: 0,
  typoBoost: 0,
  prefixBoost: 0,
  phraseBoost: 0,
  minimumShouldMatch: null,
  feedback: null,
};

/** The values the fold search may give each choice. */
export const choiceValues: { [K in keyof RankingChoice]?: RankingChoice[K][] } = {
  stopWords: [false, true],
  synonyms: [false, true],
  similarity: K1_GRID.flatMap((k1) => B_GRID.map((b) => ({ k1, b }))),
  subjectBoost: [0, 0.25, 0.5, 1, 2],
  typoBoost: [0, 0.1, 0.2, 0.5],
  prefixBoost: [0, 0.2, 0.5],
  phraseBoost: [0, 0.5, 1],
  minimumShouldMatch: [null, "20%", "35%", "50%"],
  feedback: [
    null,
    { docs: 3, terms: 10, weight: 0.3 },
    { docs: 5, terms: 10, weight: 0.3 },
    { docs: 5, terms: 20, weight: 0.5 },
    { docs: 10, terms: 20, weight: 0.3 },
  ],
};

type RunKind = [Protocol, QueryForm];
/** Re-rank the judged candidates (the task's protocol) and retrieve from the whole corpus (the product's), each
 * with the subject and description and with the subject alone. */
const RUNS: RunKind[] = [
  ["rerank", "full"],
  ["rerank", "subject"],
  ["corpus", "full"],
  ["corpus", "subject"],
];
/** A change must gain this much (P@1 and MAP averaged over the four runs, 0–1) on the training folds. */
export const MIN_GAIN = 0.005;

type Measure = "p1" | "map" | "mrr";

/** Runs memoised by name, protocol and form, scored per query. */
export class RunCache {
  private runs = new Map<string, PerQuery>();
  constructor(
    private client: Client,
    private index: string,
    private set: RelevanceSet,
  ) {}

  async perQuery(name: string, [protocol, form]: RunKind, build?: QueryBuilder): Promise<PerQuery> {
    const key = `${name}|${protocol}|${form}`;
    const cached = this.runs.get(key);
    if (cached) return cached;
    const scored = await relevanceRun(this.client, this.index, this.set, protocol, form, build);
    const perQuery: PerQuery = new Map();
    for (const q of this.set.queries) {
      const ranking = (scored.get(q.id) ?? []).map((d) => d.id);
      const judged = this.set.qrels.get(q.id) ?? new Map<string, number>();
      perQuery.set(q.id, {
        p1: precisionAt(1, ranking, judged),
        map: averagePrecision(ranking, judged),
        mrr: reciprocalRank(ranking, judged),
      });
    }
    this.runs.set(key, perQuery);
    return perQuery;
  }

  choice(c: RankingChoice, run: RunKind): Promise<PerQuery> {
    return this.perQuery(JSON.stringify(c), run, (input) => rankingQuery(this.client, this.index, input, c));
  }

  /** The fold search's objective: P@1 and MAP, averaged over both protocols and both query forms. */
  async objective(c: RankingChoice, ids: string[]): Promise<number> {
    let sum = 0;
    for (const run of RUNS) {
      const pq = await this.choice(c, run);
      sum += (meanOf(pq, ids, "p1") + meanOf(pq, ids, "map")) / 2;
    }
    return sum / RUNS.length;
  }
}

const pct = (x: number) => (100 * x).toFixed(1);
const cell = (values: number[]) => {
  const { mean, sd } = spread(values);
  return `${pct(mean).padStart(5)} ± ${pct(sd).padStart(4)}`;
};

/** Differences from `bare`, as a short description of a choice. */
export function describeChoice(c: RankingChoice): string {
  const parts = (Object.keys(bare) as (keyof RankingChoice)[])
    .filter((k) => JSON.stringify(c[k]) !== JSON.stringify(bare[k]))
    .map((k) => `${k}=${JSON.stringify(c[k]).replace(/"/g, "")}`);
  return parts.length ? parts.join(" ") : "(bare: ru_en, BM25 1.2/0.75, no clauses)";
}

/** The most frequent value of each choice among the folds' picks (a tie keeps the bare value). */
export function majorityChoice(picks: RankingChoice[]): RankingChoice {
  const out = { ...bare } as Record<string, unknown>;
  for (const key of Object.keys(bare) as (keyof RankingChoice)[]) {
    const counts = new Map<string, number>();
    for (const p of picks) counts.set(JSON.stringify(p[key]), (counts.get(JSON.stringify(p[key])) ?? 0) + 1);
    const top = Math.max(...counts.values());
    const winners = [...counts].filter(([, n]) => n === top).map(([v]) => v);
    const value = winners.includes(JSON.stringify(bare[key])) ? JSON.stringify(bare[key]) : winners[0];
    out[key] = JSON.parse(value);
  }
  return out as RankingChoice;
}

/**
 * `--folds k`: the fold search and its table. Per fold, coordinate ascent over `choiceValues` on the other
 * folds picks a choice, scored on the fold left out ("picked on k−1 folds": the honest estimate of the method);
 * beside it plain BM25, the production query (the code as it is), the query of issue 15's measurement, and the
 * choices most folds picked, each as mean ± standard deviation over the folds. Then what each kept choice is
 * worth per fold, and what the whole folder alone would have picked.
 */
export async function foldReport(client: Client, index: string, set: RelevanceSet, k: number, log = console.log): Promise<RankingChoice> {
  const cache = new RunCache(client, index, set);
  const ids = set.queries.map((q) => q.id);
  const folds = foldsOf(ids, k);
  const picks: RankingChoice[] = [];
  for (let f = 0; f < k; f += 1) {
    const train = trainingSide(folds, f);
    const pick = await coordinateAscent(bare, choiceValues, (c) => cache.objective(c, train), { minGain: MIN_GAIN });
    picks.push(pick);
    log(`fold ${f + 1} (${folds[f].length} queries) picks: ${describeChoice(pick)}`);
  }
  const majority = majorityChoice(picks);
  const whole = await coordinateAscent(bare, choiceValues, (c) => cache.objective(c, ids), { minGain: MIN_GAIN });
  log(`\nmost folds: ${describeChoice(majority)}\nwhole folder alone would pick: ${describeChoice(whole)}\n`);

  type Row = { name: string; run: (run: RunKind, fold: number) => Promise<PerQuery> };
  const rows: Row[] = [
    { name: "plain BM25", run: (run) => cache.perQuery("plain", run, async (input) => plainQuery(input)) },
    { name: "issue-15 production", run: (run) => cache.choice(productionBefore, run) },
    { name: "production (code)", run: (run) => cache.perQuery("production", run) },
    { name: "picked on k−1 folds", run: (run, fold) => cache.choice(picks[fold], run) },
    { name: "most folds' choice", run: (run) => cache.choice(majority, run) },
  ];
  for (const [protocol, form] of RUNS) {
    log(
      `${protocol === "rerank" ? "re-rank the 10 candidates" : "retrieve from the corpus"}, ${form === "full" ? "subject and description" : "subject only"}: mean ± sd over ${k} folds`,
    );
    log(`${"".padEnd(22)}${["P@1", "MAP", "MRR"].map((m) => m.padStart(12)).join("")}    whole folder P@1 / MAP / MRR`);
    for (const row of rows) {
      const perFold: Record<Measure, number[]> = { p1: [], map: [], mrr: [] };
      for (let f = 0; f < k; f += 1) {
        const pq = await row.run([protocol, form], f);
        for (const m of ["p1", "map", "mrr"] as Measure[]) perFold[m].push(meanOf(pq, folds[f], m));
      }
      const all = row.name.startsWith("picked") ? null : await row.run([protocol, form], 0);
      const whole = all ? (["p1", "map", "mrr"] as Measure[]).map((m) => pct(meanOf(all, ids, m))).join(" / ") : "(per fold)";
      log(`${row.name.padEnd(22)}${(["p1", "map", "mrr"] as Measure[]).map((m) => cell(perFold[m]).padStart(12)).join("")}    ${whole}`);
    }
    log("");
  }

  log("each choice against the most folds' choice, per fold: gain in P@1 / MAP (the four runs averaged) of the");
  log("most folds' value over the alternative the whole folder liked best (for a kept value: over its bare value)");
  for (const key of Object.keys(bare) as (keyof RankingChoice)[]) {
    const kept = JSON.stringify(majority[key]) !== JSON.stringify(bare[key]);
    let alternative = bare[key];
    if (!kept) {
      let best = -Infinity;
      for (const value of choiceValues[key] ?? []) {
        if (JSON.stringify(value) === JSON.stringify(majority[key])) continue;
        const score = await cache.objective({ ...majority, [key]: value }, ids);
        if (score > best) [best, alternative] = [score, value as RankingChoice[typeof key]];
      }
    }
    const other = { ...majority, [key]: alternative };
    const gains: string[] = [];
    let wins = 0;
    for (const fold of folds) {
      let dp1 = 0;
      let dmap = 0;
      for (const run of RUNS) {
        const [a, b] = [await cache.choice(majority, run), await cache.choice(other, run)];
        dp1 += (meanOf(a, fold, "p1") - meanOf(b, fold, "p1")) / RUNS.length;
        dmap += (meanOf(a, fold, "map") - meanOf(b, fold, "map")) / RUNS.length;
      }
      if (dp1 + dmap > 0) wins += 1;
      gains.push(`${pct(dp1).padStart(5)}/${pct(dmap).padStart(5)}`);
    }
    const show = (v: unknown) => JSON.stringify(v).replace(/"/g, "");
    log(`  ${`${key}: ${show(majority[key])} over ${show(alternative)}`.padEnd(58)} ${gains.join(" ")}  (better in ${wins}/${k})`);
  }
  return majority;
}
