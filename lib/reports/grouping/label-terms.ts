import { tokenize } from "./tokenize";

/**
 * Why: a manager reads words, not stems — "принтер талоны печать", not "принтер талон печат". For each stem,
 * best first, the form the group's own texts use most often (ties: the shorter, then alphabetical); one word per
 * stem. 3 to 5 words: after the third, only words at least 30 % as telling as the first.
 */
export function labelTerms(ranked: { stem: string; score: number }[], texts: string[], stem: boolean): string[] {
  const wanted = new Set(ranked.slice(0, 12).map((r) => r.stem));
  const forms = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const t of tokenize(text, stem)) {
      if (!wanted.has(t.stem)) continue;
      const f = forms.get(t.stem) ?? new Map<string, number>();
      f.set(t.surface, (f.get(t.surface) ?? 0) + 1);
      forms.set(t.stem, f);
    }
  }
  const label: string[] = [];
  const top = ranked[0]?.score ?? 0;
  for (const { stem: s, score } of ranked.slice(0, 12)) {
    if (label.length >= 5 || (label.length >= 3 && score < 0.3 * top)) break;
    const f = forms.get(s);
    if (!f) continue;
    const [form] = [...f].sort((x, y) => y[1] - x[1] || x[0].length - y[0].length || (x[0] < y[0] ? -1 : 1))[0];
    if (!label.includes(form)) label.push(form);
  }
  return label;
}
