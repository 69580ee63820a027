import type { Client } from "@elastic/elasticsearch";
import { problemScale } from "../queries/problem-scale";
import { dropWeakMatches, type WeakMatchCut } from "../queries/weak-matches";
import type { RelevanceSet } from "./dataset";
import { foldsOf, spread, trainingSide } from "./folds";
import { type Protocol, type QueryForm, relevanceRun } from "./relevance-runs";

/** The values the folds may give each rule (0: the rule off). */
export const RATIOS = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
export const FLOORS = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4];
/** How many items a list shows (suggestions and similar tickets both ask for 5). */
const SHOWN = 5;
/**
 * The recall a cut must keep: at least this share of the relevant items the list showed without it, on the
 * training folds. A product choice, not a fitted one: a cut that drops one right answer in ten to hide noise is
 * as far as we go.
 */
export const KEPT_RECALL = 0.9;

const RUNS: [Protocol, QueryForm][] = [
  ["rerank", "full"],
  ["rerank", "subject"],
  ["corpus", "full"],
  ["corpus", "subject"],
];

/** Per query and run: the scores of the top SHOWN (best first) with whether each is relevant, and the scale. */
type Listed = { query: string; scale: number | null; items: { score: number; relevant: boolean }[] };
type Tally = { shown: number; relevantShown: number; relevantBefore: number; empty: number; emptyLost: number; lists: number };

function tally(lists: Listed[], cut: WeakMatchCut): Tally {
  const t: Tally = { shown: 0, relevantShown: 0, relevantBefore: 0, empty: 0, emptyLost: 0, lists: lists.length };
  for (const list of lists) {
    const kept = dropWeakMatches(list.items, cut, list.scale);
    const before = list.items.filter((i) => i.relevant).length;
    t.shown += kept.length;
    t.relevantShown += kept.filter((i) => i.relevant).length;
    t.relevantBefore += before;
    if (kept.length === 0) {
      t.empty += 1;
      if (before > 0) t.emptyLost += 1;
    }
  }
  return t;
}

const precision = (t: Tally) => t.relevantShown / Math.max(1, t.shown);
const keptRecall = (t: Tally) => t.relevantShown / Math.max(1, t.relevantBefore);

/** The cut with the best precision among those keeping KEPT_RECALL; a tie keeps the milder cut (earlier). */
export function pickCut(lists: Listed[], floors = FLOORS): WeakMatchCut {
  let best: WeakMatchCut = { ratio: 0, floor: 0 };
  let bestPrecision = precision(tally(lists, best));
  for (const ratio of RATIOS)
    for (const floor of floors) {
      const t = tally(lists, { ratio, floor });
      if (keptRecall(t) >= KEPT_RECALL && precision(t) > bestPrecision + 1e-9) [best, bestPrecision] = [{ ratio, floor }, precision(t)];
    }
  return best;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pct = (x: number) => (100 * x).toFixed(1);
const cell = (values: number[]) => {
  const { mean, sd } = spread(values);
  return `${pct(mean).padStart(5)} ± ${pct(sd).padStart(4)}`;
};

/**
 * `--folds k`, weak matches: per fold, the cut (weak-matches.ts) with the best precision of the shown lists at
 * KEPT_RECALL is picked on the other folds and scored on the one left out, over the four runs of the production
 * query (top 5 shown; in the corpus runs an unjudged item counts as not relevant). Prints the per-fold picks, the
 * held-out precision and kept recall against the uncut lists (mean ± sd), and the median pick: the production value.
 */
export async function weakMatchReport(
  client: Client,
  index: string,
  set: RelevanceSet,
  k: number,
  log = console.log,
): Promise<{ both: WeakMatchCut; ratioAlone: WeakMatchCut }> {
  const lists: Listed[] = [];
  const scales = new Map<string, number | null>();
  for (const [protocol, form] of RUNS) {
    const run = await relevanceRun(client, index, set, protocol, form);
    for (const q of set.queries) {
      const text = form === "full" ? `${q.title}\n${q.body}` : q.title;
      const key = `${form}|${q.id}`;
      if (!scales.has(key)) scales.set(key, await problemScale(client, index, text));
      const judged = set.qrels.get(q.id) ?? new Map<string, number>();
      const items = (run.get(q.id) ?? [])
        .filter((d) => d.score > 0)
        .slice(0, SHOWN)
        .map((d) => ({ score: d.score, relevant: (judged.get(d.id) ?? 0) > 0 }));
      lists.push({ query: q.id, scale: scales.get(key) ?? null, items });
    }
  }
  const folds = foldsOf(
    set.queries.map((q) => q.id),
    k,
  );
  const inFold = (ids: string[]) => {
    const wanted = new Set(ids);
    return lists.filter((l) => wanted.has(l.query));
  };
  // Both rules (similar tickets), and the ratio alone (suggestions: no scale asked for at every keystroke).
  const variants: [string, number[]][] = [
    ["ratio and floor", FLOORS],
    ["ratio alone", [0]],
  ];
  const chosen: WeakMatchCut[] = [];
  for (const [name, floors] of variants) {
    const picks: WeakMatchCut[] = [];
    const figures = { before: [] as number[], after: [] as number[], recall: [] as number[], empty: [] as number[], lost: [] as number[] };
    for (let f = 0; f < k; f += 1) {
      const pick = pickCut(inFold(trainingSide(folds, f)), floors);
      picks.push(pick);
      const held = inFold(folds[f]);
      const [off, on] = [tally(held, { ratio: 0, floor: 0 }), tally(held, pick)];
      figures.before.push(precision(off));
      figures.after.push(precision(on));
      figures.recall.push(keptRecall(on));
      figures.empty.push(on.empty / Math.max(1, on.lists));
      figures.lost.push(on.emptyLost / Math.max(1, on.lists));
    }
    const median_ = { ratio: median(picks.map((p) => p.ratio)), floor: median(picks.map((p) => p.floor)) };
    chosen.push(median_);
    log(`\n${name}: the folds pick ${picks.map((p) => `${p.ratio}/${p.floor}`).join(", ")} (ratio/floor)`);
    log(`  held-out fold, the four runs' top ${SHOWN} pooled, mean ± sd over ${k} folds, percent:`);
    log(`  precision of what is shown, uncut           ${cell(figures.before)}`);
    log(`  precision of what is shown, cut             ${cell(figures.after)}`);
    log(`  relevant items kept (of those shown uncut)  ${cell(figures.recall)}`);
    log(`  lists left empty ("nothing similar")        ${cell(figures.empty)}`);
    log(`  … of them with a relevant item uncut        ${cell(figures.lost)}`);
    const whole = tally(lists, median_);
    log(
      `  median of the folds' picks (production): ratio ${median_.ratio}, floor ${median_.floor}; whole folder: precision ${pct(precision(tally(lists, { ratio: 0, floor: 0 })))} → ${pct(precision(whole))}, kept ${pct(keptRecall(whole))}`,
    );
  }
  return { both: chosen[0], ratioAlone: chosen[1] };
}
