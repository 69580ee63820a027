// npm run bench:problems -- DIR [--out DIR] [--folds 5] [--tickets N] [--synthetic N]: how well the production text grouping
// (lib/reports/grouping) finds "the same problem". DIR is a question–question set such as
// /work/shared/data/semeval2016-qq-dev: every text (queries and corpus, title + body) is grouped, and each judged
// query–candidate pair is read as "same problem" (grade 1 or 2) or not (grade 0). Prints precision, recall and F1
// of "same group" and of "different groups" and their mean (macro-F1), beside two baselines; then a k-fold
// cross-validation over the queries that picks the tunable parameters on k−1 folds and scores the held-out one.
// --tickets N (with or without DIR) then checks the same defaults on N generated help-desk tickets — a sanity
// check on another kind of text, not a tuning set: pairs of tickets from one template should share a group,
// pairs from two templates (above all two of one category) should not.
// --synthetic N groups N generated tickets instead and prints wall time and peak memory.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { tickets as ticketTemplates } from "@/lib/demo/content/tickets";
import { defaultGroupingParams, type GroupInput, type GroupingParams, groupTexts } from "@/lib/reports/grouping";
import { readRelevanceSet } from "@/search/bench/dataset";
import { generateTickets } from "@/search/bench/generate-corpus";
import { seededRandom } from "@/search/bench/random";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string", default: ".data/bench/problems" },
    folds: { type: "string", default: "5" },
    synthetic: { type: "string" },
    tickets: { type: "string" },
  },
});

if (values.synthetic) {
  const n = Number(values.synthetic);
  const inputs: GroupInput[] = [];
  for (const t of generateTickets(n))
    inputs.push({ id: t.id, text: [t.source.subject, t.source.description, t.source.solution ?? ""].join("\n") });
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const groups = groupTexts(inputs);
  const seconds = (performance.now() - t0) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `${n} generated tickets grouped in ${seconds.toFixed(1)} s; peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB (${(rssBefore / 2 ** 20).toFixed(0)} MiB before grouping, with the texts)`,
  );
  const sizes = groups.map((g) => g.members.length);
  console.log(
    `${groups.length} groups, ${sizes.filter((s) => s === 1).length} of one text, largest ${sizes.slice(0, 5).join(", ")}; effective threshold ${groups[0]?.threshold?.toFixed(3)}`,
  );
  for (const g of groups.slice(0, 8)) console.log(`  ${String(g.members.length).padStart(6)}  ${g.labelTerms.join(" ")}`);
  process.exit(0);
}

const dir = positionals[0];
if (!dir && !values.tickets) {
  console.error("usage: npm run bench:problems -- DIR [--out DIR] [--folds 5] [--tickets N] [--synthetic N]");
  process.exit(2);
}
type Pair = { query: string; doc: string; same: boolean };

type Counts = { tp: number; fp: number; fn: number; tn: number };
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
function scores(c: Counts) {
  const same = { p: ratio(c.tp, c.tp + c.fp), r: ratio(c.tp, c.tp + c.fn) };
  const different = { p: ratio(c.tn, c.tn + c.fn), r: ratio(c.tn, c.tn + c.fp) };
  const sameF1 = f1(same.p, same.r);
  const differentF1 = f1(different.p, different.r);
  return { same, different, sameF1, differentF1, macroF1: (sameF1 + differentF1) / 2 };
}
function count(groupOf: Map<string, number>, chosen: Pair[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const p of chosen) {
    const together = groupOf.get(p.query) === groupOf.get(p.doc);
    if (together && p.same) c.tp++;
    else if (together) c.fp++;
    else if (p.same) c.fn++;
    else c.tn++;
  }
  return c;
}
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
function line(name: string, c: Counts) {
  const s = scores(c);
  console.log(
    `${name.padEnd(40)} same: P ${pct(s.same.p)} R ${pct(s.same.r)} F1 ${pct(s.sameF1)} | different: P ${pct(s.different.p)} R ${pct(s.different.r)} F1 ${pct(s.differentF1)} | macro-F1 ${pct(s.macroF1)}`,
  );
}
function groupMap(inputs: GroupInput[], params: Partial<GroupingParams>) {
  const groups = groupTexts(inputs, params);
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.members.forEach((m) => groupOf.set(m, i)));
  return { groups, groupOf };
}

/** Factors on the corpus's similarity scale the cross-validation tries (the relative family). */
const RELATIVE_GRID = [0.05, 0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7];

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const std = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

if (dir) semeval(dir);
if (values.tickets) tickets(Number(values.tickets));

function semeval(dir: string) {
  const set = readRelevanceSet(dir);
  const inputs: GroupInput[] = [...set.queries, ...set.corpus].map((d) => ({ id: d.id, text: `${d.title}\n${d.body}` }));
  const pairs: Pair[] = [];
  for (const [query, judged] of set.qrels) for (const [doc, grade] of judged) pairs.push({ query, doc, same: grade > 0 });

  // ---- the production setting on the whole folder ----
  console.log(
    `${inputs.length} texts (${set.queries.length} queries + ${set.corpus.length} candidates), ${pairs.length} judged pairs (${pairs.filter((p) => p.same).length} same problem)`,
  );
  const t0 = performance.now();
  const production = groupMap(inputs, {});
  const ms = performance.now() - t0;
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, "clusters.tsv"), inputs.map((d) => `${d.id}\t${production.groupOf.get(d.id)}\n`).join(""));
  const sizes = production.groups.map((g) => g.members.length);
  console.log(
    `production grouping: ${production.groups.length} groups in ${ms.toFixed(0)} ms, ${sizes.filter((s) => s === 1).length} of one text, largest ${sizes.slice(0, 5).join(", ")}; effective threshold ${production.groups[0]?.threshold?.toFixed(4)}; clusters.tsv in ${values.out}`,
  );
  console.log(`  defaults: ${JSON.stringify(defaultGroupingParams)}\n`);
  line("production (defaultGroupingParams)", count(production.groupOf, pairs));
  line("baseline: every text alone", count(new Map(inputs.map((d, i) => [d.id, i])), pairs));
  line("baseline: all texts in one group", count(new Map(inputs.map((d) => [d.id, 0])), pairs));

  // ---- cross-validation over the queries ----
  const k = Number(values.folds);
  const foldOf = new Map<string, number>();
  [...set.qrels.keys()]
    .map((q) => ({ q, h: createHash("sha256").update(`problems:${q}`).digest("hex") }))
    .sort((a, b) => (a.h < b.h ? -1 : 1))
    .forEach(({ q }, i) => foldOf.set(q, i % k));
  const pairsIn = (fold: number, inside: boolean) => pairs.filter((p) => (foldOf.get(p.query) === fold) === inside);

  // Two threshold families: absolute (relativeThreshold 0, `threshold` as is) and relative to the corpus's
  // similarity scale (`relativeThreshold` × median best-neighbour similarity, floored at the production floor).
  // On one corpus the scale is a constant, so the two families reach the same effective thresholds up to the
  // grids' spacing; the difference shows on another corpus (--tickets).
  type Setting = Pick<GroupingParams, "threshold" | "relativeThreshold" | "linkage" | "idfPower" | "subjectWeight" | "stem">;
  const grid: Setting[] = [];
  for (const linkage of ["average", "single"] as const)
    for (const idfPower of [0, 1, 2, 3])
      for (const subjectWeight of [1, 2, 3])
        for (const stem of [true, false]) {
          for (const threshold of [0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4])
            grid.push({ threshold, relativeThreshold: 0, linkage, idfPower, subjectWeight, stem });
          for (const relativeThreshold of RELATIVE_GRID)
            grid.push({ threshold: defaultGroupingParams.threshold, relativeThreshold, linkage, idfPower, subjectWeight, stem });
        }
  const name = (s: Setting) =>
    `${s.linkage} idf^${s.idfPower} subject×${s.subjectWeight} ${s.stem ? "stem" : "no-stem"} ` +
    (s.relativeThreshold > 0 ? `r=${s.relativeThreshold} (floor ${s.threshold})` : `t=${s.threshold}`);
  const t1 = performance.now();
  const runs = grid.map((s) => {
    const g = groupMap(inputs, s);
    return { s, groupOf: g.groupOf, effective: g.groups[0]?.threshold ?? s.threshold };
  });
  console.log(
    `\ncross-validation: ${k} folds of the queries, ${grid.length} settings (grouped in ${((performance.now() - t1) / 1000).toFixed(0)} s)`,
  );
  const foldPairs = Array.from({ length: k }, (_, f) => ({ train: pairsIn(f, false), test: pairsIn(f, true) }));
  const trainScore = runs.map((r) => foldPairs.map(({ train }) => scores(count(r.groupOf, train)).macroF1));
  const testCounts = runs.map((r) => foldPairs.map(({ test }) => count(r.groupOf, test)));

  /** Picks, per fold, the best setting on the other folds among `allowed`, and scores it on the held-out fold. */
  function crossValidate(allowed: (s: Setting) => boolean) {
    return foldPairs.map((_, f) => {
      let best = -1;
      runs.forEach((r, i) => {
        if (allowed(r.s) && (best === -1 || trainScore[i][f] > trainScore[best][f])) best = i;
      });
      return { setting: runs[best].s, effective: runs[best].effective, train: trainScore[best][f], test: scores(testCounts[best][f]) };
    });
  }
  const summary = (xs: number[]) =>
    `${pct(mean(xs))} ± ${(100 * std(xs)).toFixed(1)} (min ${pct(Math.min(...xs)).trim()}, max ${pct(Math.max(...xs)).trim()})`;
  const relative = (s: Setting) => s.relativeThreshold > 0;

  for (const [family, allowed] of [
    ["relative threshold (the production method)", relative],
    ["absolute threshold (the previous method)", (s: Setting) => !relative(s)],
  ] as const) {
    console.log(`\n${family}:`);
    const chosen = crossValidate(allowed);
    chosen.forEach((r, f) =>
      console.log(
        `  fold ${f + 1}: chose ${name(r.setting).padEnd(54)} (t=${r.effective.toFixed(4)}) train macro-F1 ${pct(r.train)}  held-out: same F1 ${pct(r.test.sameF1)}, different F1 ${pct(r.test.differentF1)}, macro-F1 ${pct(r.test.macroF1)}`,
      ),
    );
    console.log(`  held-out macro-F1 of the CV-chosen setting: ${summary(chosen.map((r) => r.test.macroF1))}`);
    const votes = new Map<string, number>();
    for (const r of chosen) votes.set(name(r.setting), (votes.get(name(r.setting)) ?? 0) + 1);
    const [agreed, agreedVotes] = [...votes].sort((a, b) => b[1] - a[1])[0];
    const productionName = name(defaultGroupingParams);
    if (allowed(defaultGroupingParams))
      console.log(
        `  folds agree on: ${agreed} (${agreedVotes} of ${k}); production default: ${productionName}${agreed === productionName ? " (the same)" : " — DIFFERENT"}`,
      );
    else console.log(`  folds agree on: ${agreed} (${agreedVotes} of ${k})`);
  }

  // ---- the alternatives (within the relative family), each with the remaining parameters chosen by the same CV ----
  console.log(`\nalternatives (relative threshold, the others tuned per fold): held-out macro-F1 mean ± std over the ${k} folds`);
  const alternatives: [string, (s: Setting) => boolean][] = [
    ["linkage average", (s) => s.linkage === "average"],
    ["linkage single (connected pairs)", (s) => s.linkage === "single"],
    ...[0, 1, 2, 3].map((p): [string, (s: Setting) => boolean] => [`idf power ${p}`, (s) => s.idfPower === p]),
    ...[1, 2, 3].map((w): [string, (s: Setting) => boolean] => [`subject weight ${w}`, (s) => s.subjectWeight === w]),
    ["light stemming", (s) => s.stem],
    ["no stemming", (s) => !s.stem],
  ];
  for (const [label, allowed] of alternatives)
    console.log(`  ${label.padEnd(34)} ${summary(crossValidate((s) => relative(s) && allowed(s)).map((r) => r.test.macroF1))}`);
  console.log(
    `  fixed production default           ${summary(foldPairs.map((_, f) => scores(count(production.groupOf, foldPairs[f].test)).macroF1))}`,
  );

  // The factor curve of the production family: how flat the choice is.
  const p = defaultGroupingParams;
  const curve = runs.filter(
    (r) =>
      relative(r.s) &&
      r.s.linkage === p.linkage &&
      r.s.idfPower === p.idfPower &&
      r.s.subjectWeight === p.subjectWeight &&
      r.s.stem === p.stem,
  );
  console.log(
    `\nwhole-folder macro-F1 by factor (${p.linkage} idf^${p.idfPower} subject×${p.subjectWeight} ${p.stem ? "stem" : "no-stem"}):`,
  );
  console.log(
    `  ${curve.map((r) => `r=${r.s.relativeThreshold} (t=${r.effective.toFixed(3)}): ${pct(scores(count(r.groupOf, pairs)).macroF1).trim()}`).join(" | ")}`,
  );
}

/**
 * Generated tickets: each comes from one of the demo's hand-written templates, recovered from its subject (the
 * template's subject, sometimes with " (place, room)" added). Pairs of one template are "same problem"; pairs of
 * two templates are not — the hard case is two templates of one category (the generator even mixes a sentence of a
 * same-category ticket into each description, so some of those merge). Balanced samples of pairs, seeded.
 */
function tickets(n: number) {
  const bySubject = new Map(ticketTemplates.map((t) => [t.subject, t]));
  const inputs: GroupInput[] = [];
  const templateOf = new Map<string, string>();
  const categoryOf = new Map<string, string>();
  for (const t of generateTickets(n)) {
    const template = bySubject.get(t.source.subject) ?? bySubject.get(t.source.subject.replace(/ \([^()]*\)$/, ""));
    if (!template) throw new Error(`no template for the subject ${JSON.stringify(t.source.subject)}`);
    inputs.push({ id: t.id, text: [t.source.subject, t.source.description, t.source.solution ?? ""].join("\n") });
    templateOf.set(t.id, template.key);
    categoryOf.set(t.id, template.categoryKey);
  }
  const random = seededRandom(7);
  const sample = (want: number, accept: (a: string, b: string) => boolean): Pair[] => {
    const out: Pair[] = [];
    for (let tries = 0; out.length < want && tries < want * 1000; tries++) {
      const a = random.pick(inputs).id;
      const b = random.pick(inputs).id;
      if (a !== b && accept(a, b)) out.push({ query: a, doc: b, same: templateOf.get(a) === templateOf.get(b) });
    }
    return out;
  };
  const per = 5000;
  const same = sample(per, (a, b) => templateOf.get(a) === templateOf.get(b));
  const different = sample(per, (a, b) => templateOf.get(a) !== templateOf.get(b));
  const sameCategory = sample(per, (a, b) => templateOf.get(a) !== templateOf.get(b) && categoryOf.get(a) === categoryOf.get(b));
  const templates = new Set(templateOf.values()).size;
  console.log(
    `\n${n} generated tickets from ${templates} templates; ${same.length} same-template pairs, ${different.length} different-template pairs, ${sameCategory.length} same-category different-template pairs`,
  );
  const settings: [string, Partial<GroupingParams>][] = [
    ["production (defaultGroupingParams)", {}],
    ["previous: absolute threshold 0.03", { threshold: 0.03, relativeThreshold: 0 }],
  ];
  for (const [label, params] of settings) {
    const t0 = performance.now();
    const { groups, groupOf } = groupMap(inputs, params);
    const sizes = groups.map((g) => g.members.length);
    console.log(
      `${label}: ${groups.length} groups (${templates} templates) in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${sizes.filter((s) => s === 1).length} of one text, largest ${sizes.slice(0, 5).join(", ")}; effective threshold ${groups[0]?.threshold?.toFixed(4)}`,
    );
    line("  same vs different template", count(groupOf, [...same, ...different]));
    line("  same vs same-category other template", count(groupOf, [...same, ...sameCategory]));
  }
  const alone = new Map(inputs.map((d, i) => [d.id, i]));
  const oneGroup = new Map(inputs.map((d) => [d.id, 0]));
  line("baseline: every text alone", count(alone, [...same, ...different]));
  line("baseline: all texts in one group", count(oneGroup, [...same, ...different]));
}
