import { type SQL, sql } from "drizzle-orm";
import type { ParsedQuery, QueryPart } from "@/search/queries/parse-query";
import { wordsOf } from "@/search/queries/words";
import { normalizeText, synonymAlternatives } from "./synonym-alternatives";

/**
 * tsquery builders for the Postgres fallback. Every piece of user text goes in as a bound parameter to
 * plainto_tsquery / phraseto_tsquery, which accept any text: like the search node, Postgres never parses user
 * syntax, so no input can break a query. A stop word alone gives an empty tsquery, which the operators skip.
 */
const word = (text: string): SQL => sql`plainto_tsquery('russian', ${normalizeText(text)})`;
const phrase = (text: string): SQL => sql`phraseto_tsquery('russian', ${normalizeText(text)})`;

function anyOf(queries: SQL[]): SQL {
  return queries.length === 1 ? queries[0] : sql`(${sql.join(queries, sql` || `)})`;
}

function partQuery(part: QueryPart): SQL {
  const own = part.phrase ? phrase(part.text) : word(part.text);
  const alternatives = synonymAlternatives(part.text).map((alt) => (alt.includes(" ") ? phrase(alt) : word(alt)));
  return anyOf([own, ...alternatives]);
}

/** The staff search box: groups all required (AND), alternatives within a group (OR), exclusions negated. */
export function parsedTsquery(parsed: ParsedQuery): SQL | null {
  if (parsed.required.length === 0) return null;
  const groups = parsed.required.map((group) => anyOf(group.map(partQuery)));
  const excluded = parsed.excluded.map((part) => sql`!!${part.phrase ? phrase(part.text) : word(part.text)}`);
  // In parentheses: `vector @@ a && b` would read as `(vector @@ a) && b`.
  return sql`(${sql.join([...groups, ...excluded], sql` && `)})`;
}

/** Typed text for suggestions and similar tickets: any of its words (and their synonyms), ranked by how many match. */
export function anyWordTsquery(text: string): SQL | null {
  const words = [...new Set(wordsOf(text).map((w) => w.toLowerCase()))].slice(0, 64);
  if (words.length === 0) return null;
  const alternatives = synonymAlternatives(text).map((alt) => (alt.includes(" ") ? phrase(alt) : word(alt)));
  return anyOf([...words.map(word), ...alternatives]);
}
