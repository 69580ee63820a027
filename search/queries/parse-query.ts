/**
 * The search box's syntax, parsed by us into a small tree that query builders turn into bool queries: no user
 * text ever reaches a query-string parser, so no input can make a search fail or reach a field it should not.
 *
 *   принтер замятие        both words (each as any word form, synonym or, for long words, with a typo)
 *   "замятие бумаги"       the words next to each other (also «…» and “…”)
 *   -HP  -"очередь печати" without this word or phrase
 *   принтер OR МФУ         either (also ИЛИ, and |)
 */
export type QueryPart = { text: string; phrase: boolean };
/** `required`: groups that must all match, each matched by any of its parts; `excluded`: parts that must not. */
export type ParsedQuery = { required: QueryPart[][]; excluded: QueryPart[] };

type Token = { kind: "part"; part: QueryPart; negated: boolean } | { kind: "or" };

const MAX_PARTS = 32;
const OPENING_QUOTES = '"«“„';
const CLOSING_QUOTE: Record<string, string> = { '"': '"', "«": "»", "“": "”", "„": "“" };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/.test(input[i])) {
      i += 1;
      continue;
    }
    // A minus at the start of a word negates it; inside a word ("Wi-Fi") it is part of the word.
    const negated = input[i] === "-" && i + 1 < input.length && !/\s/.test(input[i + 1]);
    const start = negated ? i + 1 : i;
    if (OPENING_QUOTES.includes(input[start])) {
      const close = CLOSING_QUOTE[input[start]];
      let end = input.indexOf(close, start + 1);
      if (end === -1 && close !== '"') end = input.indexOf('"', start + 1);
      const stop = end === -1 ? input.length : end; // an unclosed quote runs to the end
      const text = input.slice(start + 1, stop).trim();
      if (text) tokens.push({ kind: "part", part: { text, phrase: true }, negated });
      i = stop + 1;
      continue;
    }
    let end = start;
    while (end < input.length && !/\s/.test(input[end]) && !OPENING_QUOTES.includes(input[end])) end += 1;
    const word = input.slice(start, end);
    i = Math.max(end, start + 1);
    if (!negated && (word === "OR" || word === "ИЛИ" || word === "|")) tokens.push({ kind: "or" });
    else if (/[\p{L}\p{N}]/u.test(word)) tokens.push({ kind: "part", part: { text: word, phrase: false }, negated });
  }
  return tokens;
}

/** Parses what someone typed. Never throws: anything it cannot read as syntax is read as words. */
export function parseQuery(input: string): ParsedQuery {
  const required: QueryPart[][] = [];
  const excluded: QueryPart[] = [];
  let joinNext = false;
  let count = 0;
  for (const token of tokenize(input.slice(0, 1000))) {
    if (token.kind === "or") {
      joinNext = required.length > 0;
      continue;
    }
    if (++count > MAX_PARTS) break;
    if (token.negated) excluded.push(token.part);
    else if (joinNext) required[required.length - 1].push(token.part);
    else required.push([token.part]);
    joinNext = false;
  }
  return { required, excluded };
}

/** True when the query asks for nothing (no words to match); the search then lists by filters alone. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.required.length === 0;
}
