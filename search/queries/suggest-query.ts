import type { estypes } from "@elastic/elasticsearch";
import { allowsTypos } from "./fuzzy";
import { wordsOf } from "./words";

/** What the person has typed so far: the subject, and the description once they get to it. */
export type SuggestInput = { subject: string; description?: string };

export type SuggestQueryOptions = {
  /** The text is still being typed (the last word may be half-written); false for a finished text. */
  typing?: boolean;
  /** Add typo-tolerant matching (see suggest.ts for when it is asked for). */
  typos?: boolean;
};

/** Whether the text has words long enough for typo tolerance at all. */
export function hasTypoWords(input: SuggestInput): boolean {
  return wordsOf(`${input.subject} ${input.description ?? ""}`).some(allowsTypos);
}

/**
 * How a suggestion is scored: the typed text against each past problem as a whole (`suggestText`: subject,
 * description and solution, or an article's title, tags and body), with the synonyms of the search analyzer.
 * Two small additions serve typing, not ranking: typo-tolerant matching of the longer words, and the last word
 * as a prefix while it is still being typed. Each was kept only if bench:relevance did not get worse with it.
 */
export function suggestQuery(input: SuggestInput, { typing = true, typos = true }: SuggestQueryOptions = {}): estypes.QueryDslQueryContainer {
  const text = [input.subject, input.description ?? ""].map((t) => t.trim()).filter(Boolean).join("\n");
  const should: estypes.QueryDslQueryContainer[] = [{ match: { suggestText: { query: text } } }];

  const typoWords = [...new Set(wordsOf(text).filter(allowsTypos))];
  if (typos && typoWords.length > 0) {
    // On subjects and titles only, with the first two letters taken as typed: a typo is caught where it matters
    // most at a fraction of the cost of expanding every word of every description (bench:suggest). Without
    // synonyms (plain ru_en): a fuzzy variant of a synonym's expansion would match far too much.
    should.push({
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
    });
  }

  // While the subject is being typed its last word is often half-written ("принт"): match it as a prefix of
  // subject and title words. Not for a finished text (similar tickets, category votes).
  const last = wordsOf(input.subject).at(-1);
  // From three letters: a two-letter prefix is shared by a large part of all subjects and costs more than it helps.
  if (typing && last && !input.description?.trim() && last.length >= 3) {
    should.push({ multi_match: { query: last, fields: ["subject.autocomplete", "title.autocomplete"], boost: 0.2 } });
  }
  return { bool: { should, minimum_should_match: 1 } };
}
