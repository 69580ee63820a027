import type { estypes } from "@elastic/elasticsearch";
import { allowsTypos, FUZZINESS } from "./fuzzy";
import type { ParsedQuery, QueryPart } from "./parse-query";
import { ticketNumberIn } from "./ticket-number";
import { wordsOf } from "./words";

type Query = estypes.QueryDslQueryContainer;

/** A field list with boosts ("subject^3"); `typoFields` are the plain text fields fuzzy matching may use. */
export type TextFields = { fields: string[]; typoFields: string[] };

function partQuery(part: QueryPart, fields: TextFields): Query {
  if (part.phrase) return { multi_match: { query: part.text, fields: fields.fields, type: "phrase" } };
  const alternatives: Query[] = [{ multi_match: { query: part.text, fields: fields.fields, operator: "and" } }];
  const words = wordsOf(part.text);
  if (words.length > 0 && words.every(allowsTypos)) {
    // Lower weight than the exact forms, and without synonyms (plain ru_en): a typo of a synonym is noise.
    alternatives.push({
      multi_match: {
        query: part.text,
        fields: fields.typoFields,
        operator: "and",
        fuzziness: FUZZINESS,
        prefix_length: 1,
        max_expansions: 20,
        analyzer: "ru_en",
        boost: 0.3,
      },
    });
  }
  const number = ticketNumberIn(part.text);
  if (number) alternatives.push({ term: { number: { value: number, boost: 10 } } });
  return alternatives.length === 1 ? alternatives[0] : { bool: { should: alternatives, minimum_should_match: 1 } };
}

/**
 * The parsed search box as one bool query. Required groups must match, but with more than three of them one in
 * four may be missing (people paste whole error messages); excluded parts must not match anywhere searched.
 */
export function textQuery(parsed: ParsedQuery, fields: TextFields): Query {
  const groups = parsed.required.map((group) =>
    group.length === 1
      ? partQuery(group[0], fields)
      : { bool: { should: group.map((p) => partQuery(p, fields)), minimum_should_match: 1 } },
  );
  const mustNot = parsed.excluded.map((part) =>
    part.phrase
      ? { multi_match: { query: part.text, fields: fields.fields, type: "phrase" as const } }
      : { multi_match: { query: part.text, fields: fields.fields, operator: "and" as const } },
  );
  if (groups.length === 0) return { bool: { must: [{ match_all: {} }], must_not: mustNot } };
  return { bool: { should: groups, minimum_should_match: "3<-25%", must_not: mustNot } };
}
