/**
 * Shared index analysis settings: every index that holds ticket/article text uses these, so one query
 * analyzer fits all. Works on OpenSearch 2.x (analysis-common module) and Elasticsearch 8/9 alike.
 *
 * Usage: indices.create({ index, settings: { analysis }, mappings: { properties: { title: textField({ autocomplete: true }) } } })
 */
import type { estypes } from '@elastic/elasticsearch';

export const analysis = {
  char_filter: {
    // Russian text is written with and without "ё" (ёлка / елка): fold it before tokenizing so both match,
    // also in the autocomplete and keyword-less paths where no stemmer runs.
    yo_to_ye: { type: 'mapping', mappings: ['ё => е', 'Ё => Е'] },
  },
  filter: {
    // "не", "в", "и"… carry no search value. No English stop list on purpose: it would drop "it" (as in "IT").
    russian_stop: { type: 'stop', stopwords: '_russian_' },
    // Snowball Russian stemmer: принтеры → принтер, печатает/печатать → печата. It only touches Cyrillic words.
    russian_stemmer: { type: 'stemmer', language: 'russian' },
    // "John's printer's" → "john printer"
    english_possessive: { type: 'stemmer', language: 'possessive_english' },
    // Porter English stemmer: printers → printer, printing → print. It only touches Latin words,
    // so stacking it after the Russian one is safe (checked with _analyze on mixed text).
    english_stemmer: { type: 'stemmer', language: 'english' },
    // prefixes for type-ahead: "принтер" → пр, при, прин, … (edge_ngram is not limited by index.max_ngram_diff)
    autocomplete_prefixes: { type: 'edge_ngram', min_gram: 2, max_gram: 20 },
  },
  analyzer: {
    // Full-text analyzer for mixed Russian/English text in one field.
    ru_en: {
      type: 'custom',
      char_filter: ['yo_to_ye'],
      tokenizer: 'standard',
      filter: ['lowercase', 'english_possessive', 'russian_stop', 'russian_stemmer', 'english_stemmer'],
    },
    // Index side of autocomplete: word prefixes, not stemmed (a prefix of a stem would miss what the user types).
    autocomplete: {
      type: 'custom',
      char_filter: ['yo_to_ye'],
      tokenizer: 'standard',
      filter: ['lowercase', 'autocomplete_prefixes'],
    },
    // Search side of autocomplete: the typed text as whole lowercase words, matched against the stored prefixes.
    autocomplete_search: {
      type: 'custom',
      char_filter: ['yo_to_ye'],
      tokenizer: 'standard',
      filter: ['lowercase'],
    },
  },
} satisfies estypes.IndicesIndexSettingsAnalysis;

/**
 * Mapping for a text field analyzed with `ru_en`, with a `.keyword` subfield (exact match, sorting, aggregations)
 * and, on request, an `.autocomplete` subfield for prefix search as the user types.
 */
export function textField(opts: { autocomplete?: boolean } = {}): estypes.MappingTextProperty {
  return {
    type: 'text',
    analyzer: 'ru_en',
    fields: {
      keyword: { type: 'keyword', ignore_above: 256 },
      ...(opts.autocomplete
        ? { autocomplete: { type: 'text', analyzer: 'autocomplete', search_analyzer: 'autocomplete_search' } }
        : {}),
    },
  };
}
