import type { estypes } from "@elastic/elasticsearch";
import { allowsTypos } from "./fuzzy";
import { wordsOf } from "./words";

/** A problem as someone wrote it: the subject, and the description once they get to it. */
export type SuggestInput = { subject: string; description?: string };

type Part = estypes.QueryDslQueryContainer | null;

const textOf = (input: SuggestInput) =>
  [input.subject, input.description ?? ""]
    .map((t) => t.trim())
    .filter(Boolean)
    .join("\n");

/** Whether the text has words long enough for typo tolerance at all. */
export function hasTypoWords(input: SuggestInput): boolean {
  return wordsOf(`${input.subject} ${input.description ?? ""}`).some(allowsTypos);
}

// The parts. Each named query below says which it uses, so a ranking change for one use (bench:relevance
// measures suggestions) does not silently move the others; problem-query.test.ts pins the choice.

/**
 * The text against each past problem as a whole (`suggestText`: subject, description and solution, or an
 * article's title, tags and body), with the synonyms of the search analyzer. The part that ranks.
 */
export function wholeText(input: SuggestInput): Part {
  return { match: { suggestText: { query: textOf(input) } } };
}

/**
 * Typo-tolerant matching of the longer words, on subjects and titles only, with the first two letters taken as
 * typed: a typo is caught where it matters most at a fraction of the cost of expanding every word of every
 * description (bench:suggest). Without synonyms (plain ru_en): a fuzzy variant of a synonym's expansion would
 * match far too much.
 */
export function typoTolerance(input: SuggestInput): Part {
  const typoWords = [...new Set(wordsOf(textOf(input)).filter(allowsTypos))];
  if (typoWords.length === 0) return null;
  return {
    multi_match: {
      query: typoWords.join(" "),
      fields: ["subject", "title"],
      analyzer: "ru_en",
      // One edit, not FUZZINESS's two for long words: the two-edit automaton is what makes typo matching costly.
      fuzziness: 1,
      prefix_length: 2,
      max_expansions: 10,
      boost: 0.2,
    },
  };
}

/**
 * While the subject is being typed its last word is often half-written ("принт"): it matches as a prefix of
 * subject and title words. From three letters: a two-letter prefix is shared by a large part of all subjects
 * and costs more than it helps. Never once a description is being written.
 */
export function halfTypedWord(input: SuggestInput): Part {
  const last = wordsOf(input.subject).at(-1);
  if (!last || input.description?.trim() || last.length < 3) return null;
  return { multi_match: { query: last, fields: ["subject.autocomplete", "title.autocomplete"], boost: 0.2 } };
}

/** A document matches on any part; the scores add up. */
export function anyOf(parts: Part[]): estypes.QueryDslQueryContainer {
  return { bool: { should: parts.filter((p): p is estypes.QueryDslQueryContainer => p !== null), minimum_should_match: 1 } };
}

// The named queries, one per use.

/**
 * Suggestions while a requester types (search/queries/suggest.ts). The typo and prefix parts serve typing, not
 * ranking: each was kept only if bench:relevance did not get worse with it. Typo tolerance is the costly part,
 * so suggest.ts asks for it only when the words as typed do not fill the list.
 */
export function suggestionQuery(input: SuggestInput, { typos = true }: { typos?: boolean } = {}): estypes.QueryDslQueryContainer {
  return anyOf([wholeText(input), typos ? typoTolerance(input) : null, halfTypedWord(input)]);
}

/** Past tickets like an open one, for the ticket page: a finished text, so no half-typed word. */
export function similarTicketsQuery(ticket: SuggestInput): estypes.QueryDslQueryContainer {
  return anyOf([wholeText(ticket), typoTolerance(ticket)]);
}

/** The past tickets that vote for a new ticket's category (search/queries/suggest-category.ts). */
export function categoryVoteQuery(input: SuggestInput): estypes.QueryDslQueryContainer {
  return anyOf([wholeText(input), typoTolerance(input)]);
}

/** Articles that may already cover a ticket's problem, before capturing a new one (near-duplicates.ts). */
export function nearDuplicatesQuery(problem: SuggestInput): estypes.QueryDslQueryContainer {
  return anyOf([wholeText(problem), typoTolerance(problem)]);
}
