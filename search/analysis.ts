/**
 * Shared index analysis settings: every index that holds ticket/article text uses these, so one query
 * analyzer fits all. Works on OpenSearch 2.x (analysis-common module) and Elasticsearch 8/9 alike.
 *
 * Usage: indices.create({ index, settings: { analysis }, mappings: { properties: { title: textField({ autocomplete: true }) } } })
 */
import type { estypes } from "@elastic/elasticsearch";
import { englishQueryStopwords } from "./stopwords";
import { synonymRules } from "./synonyms";

export const analysis = {
  char_filter: {
    // Russian text is written with and without "ё" (ёлка / елка): fold it before tokenizing so both match,
    // also in the autocomplete and keyword-less paths where no stemmer runs.
    yo_to_ye: { type: "mapping", mappings: ["ё => е", "Ё => Е"] },
  },
  filter: {
    // "не", "в", "и"… carry no search value.
    russian_stop: { type: "stop", stopwords: "_russian_" },
    // English function words, dropped from queries only (documents keep them, so phrases still line up). Each
    // matched half of all English text and weighed almost nothing in the score, yet the node had to walk its
    // postings: "I typed the wrong password a few times and now…" was among the slowest suggestions
    // (bench:suggest). Not Lucene's `_english_` list: that one drops "it" (as in "IT"); particles that change an
    // IT problem's meaning ("down", "off", "out", "up") stay too.
    english_query_stop: { type: "stop", stopwords: englishQueryStopwords },
    // Words the Snowball Russian stemmer splits into two stems because their ending looks like a reflexive verb's:
    // "запись" → зап but "записи" → запис, so "учётная запись" never met "учётной записи". Pinned to one stem
    // (and marked, so the stemmer leaves them alone). Add a word here when a form of it fails to find another.
    russian_stem_fixes: {
      type: "stemmer_override",
      rules: ["запись => запис", "подпись => подпис", "надпись => надпис", "перепись => перепис", "роспись => роспис", "систему => систем"],
    },
    // Snowball Russian stemmer: принтеры → принтер, печатает/печатать → печата. It only touches Cyrillic words.
    russian_stemmer: { type: "stemmer", language: "russian" },
    // "John's printer's" → "john printer"
    english_possessive: { type: "stemmer", language: "possessive_english" },
    // Snowball English ("Porter2", Porter's own revision of his stemmer): printers → printer, printing → print.
    // It only touches Latin words, so stacking it after the Russian one is safe (checked with _analyze on mixed
    // text). Chosen over the original Porter by bench:relevance (a small, consistent gain in both query forms).
    english_stemmer: { type: "stemmer", language: "porter2" },
    // prefixes for type-ahead: "принтер" → пр, при, прин, … (edge_ngram is not limited by index.max_ngram_diff)
    autocomplete_prefixes: { type: "edge_ngram", min_gram: 2, max_gram: 20 },
    // The domain vocabulary (search/synonyms.ts), applied to queries only: documents are indexed without it, so
    // the list can change on live indices without re-analysing them. It runs after the stemmers, so each rule is
    // stemmed exactly like the query it has to match ("учётной записи" meets the rule "учётная запись").
    // lenient: an entry the chain would empty (a stop word) is skipped instead of failing the whole index.
    domain_synonyms: { type: "synonym_graph", synonyms: synonymRules(), lenient: true },
  },
  analyzer: {
    // Full-text analyzer for mixed Russian/English text in one field.
    ru_en: {
      type: "custom",
      char_filter: ["yo_to_ye"],
      tokenizer: "standard",
      filter: ["lowercase", "english_possessive", "russian_stop", "russian_stem_fixes", "russian_stemmer", "english_stemmer"],
    },
    // Search side of the full-text fields: ru_en plus the domain synonyms.
    ru_en_search: {
      type: "custom",
      char_filter: ["yo_to_ye"],
      tokenizer: "standard",
      filter: [
        "lowercase",
        "english_query_stop",
        "english_possessive",
        "russian_stop",
        "russian_stem_fixes",
        "russian_stemmer",
        "english_stemmer",
        "domain_synonyms",
      ],
    },
    // Search side of `suggestText`, the whole-problem field that ranks suggestions and similar tickets: ru_en_search
    // without the English query stop list. Question words carry what a short question asks ("where can I buy…"
    // against "how do I fix…"): the fold search of bench:relevance --folds 5 never kept the stop list, and without
    // it the query beats plain BM25 on P@1 and MAP in both protocols and forms (search/README.md, "Ranking").
    ru_en_question: {
      type: "custom",
      char_filter: ["yo_to_ye"],
      tokenizer: "standard",
      filter: [
        "lowercase",
        "english_possessive",
        "russian_stop",
        "russian_stem_fixes",
        "russian_stemmer",
        "english_stemmer",
        "domain_synonyms",
      ],
    },
    // Words as written, only lowercased and ё-folded: an exact word form ("МФУ", "ошибка 0x8007") scores above a
    // stem that merely shares its root.
    exact: {
      type: "custom",
      char_filter: ["yo_to_ye"],
      tokenizer: "standard",
      filter: ["lowercase"],
    },
    // Index side of autocomplete: word prefixes, not stemmed (a prefix of a stem would miss what the user types).
    autocomplete: {
      type: "custom",
      char_filter: ["yo_to_ye"],
      tokenizer: "standard",
      filter: ["lowercase", "autocomplete_prefixes"],
    },
    // Search side of autocomplete: the typed text as whole lowercase words, matched against the stored prefixes.
    autocomplete_search: {
      type: "custom",
      char_filter: ["yo_to_ye"],
      tokenizer: "standard",
      filter: ["lowercase"],
    },
  },
} satisfies estypes.IndicesIndexSettingsAnalysis;

/** The mapping of a `suggestText` field: the whole problem as one text, for ranking problems against problems. */
export function problemTextField(): estypes.MappingTextProperty {
  return { type: "text", analyzer: "ru_en", search_analyzer: "ru_en_question" };
}

/**
 * Mapping for a text field analyzed with `ru_en` (queries with `ru_en_search`, which adds the synonyms), with a
 * `.keyword` subfield (exact match, sorting, aggregations) unless `keyword: false`, on request an `.exact`
 * subfield (unstemmed words) and an `.autocomplete` subfield for prefix search as the user types.
 */
export function textField(opts: { autocomplete?: boolean; exact?: boolean; keyword?: boolean } = {}): estypes.MappingTextProperty {
  return {
    type: "text",
    analyzer: "ru_en",
    search_analyzer: "ru_en_search",
    // Offsets in the postings let the highlighter find matches without analysing the text again: highlighted
    // suggestions cost about half as much (bench:suggest).
    index_options: "offsets",
    fields: {
      // Not on long text (keyword: false): nobody sorts or counts descriptions, and it costs indexing time.
      ...(opts.keyword === false ? {} : { keyword: { type: "keyword", ignore_above: 256 } }),
      ...(opts.exact ? { exact: { type: "text", analyzer: "exact" } } : {}),
      ...(opts.autocomplete ? { autocomplete: { type: "text", analyzer: "autocomplete", search_analyzer: "autocomplete_search" } } : {}),
    },
  };
}
