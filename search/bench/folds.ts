import { createHash } from "node:crypto";

/**
 * Cross-validation for ranking choices: the queries dealt into `k` folds (deterministic: sorted by a hash of the
 * id, then dealt in turn, so folds differ in size by one at most and never depend on the file's order), a choice
 * picked on k − 1 folds and scored on the one left out.
 */
export function foldsOf(ids: string[], k: number, salt = "helpdesk-folds"): string[][] {
  const hash = (id: string) => createHash("sha256").update(`${salt}:${id}`).digest("hex");
  const sorted = [...ids].sort((a, b) => hash(a).localeCompare(hash(b)) || a.localeCompare(b));
  const folds: string[][] = Array.from({ length: k }, () => []);
  sorted.forEach((id, i) => folds[i % k].push(id));
  return folds;
}

/** Per-query figures of one run: query id → measure → value in [0, 1]. */
export type PerQuery = Map<string, Record<string, number>>;

export function meanOf(perQuery: PerQuery, ids: string[], measure: string): number {
  if (ids.length === 0) return 0;
  return ids.reduce((sum, id) => sum + (perQuery.get(id)?.[measure] ?? 0), 0) / ids.length;
}

/** Mean and (population) standard deviation. */
export function spread(values: number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(values.length, 1));
  return { mean, sd };
}

/** Every fold's training side: the queries of the other folds. */
export function trainingSide(folds: string[][], held: number): string[] {
  return folds.flatMap((fold, i) => (i === held ? [] : fold));
}

/**
 * Coordinate ascent over named choices, each with its list of values, from `start`: each round tries every
 * value of every choice with the others held, keeps a change only if the objective rises by more than `minGain`
 * (so a tie keeps the simpler, earlier setting), until a round changes nothing or `rounds` are done.
 */
export async function coordinateAscent<C extends Record<string, unknown>>(
  start: C,
  values: { [K in keyof C]?: C[K][] },
  objective: (choice: C) => Promise<number>,
  { rounds = 2, minGain = 1e-9 }: { rounds?: number; minGain?: number } = {},
): Promise<C> {
  let best = start;
  let bestScore = await objective(best);
  for (let round = 0; round < rounds; round += 1) {
    let changed = false;
    for (const key of Object.keys(values) as (keyof C)[]) {
      for (const value of values[key] ?? []) {
        if (JSON.stringify(value) === JSON.stringify(best[key])) continue;
        const candidate = { ...best, [key]: value };
        const score = await objective(candidate);
        if (score > bestScore + minGain) {
          best = candidate;
          bestScore = score;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return best;
}
