import type { Client, estypes } from "@elastic/elasticsearch";
import { analysis } from "../analysis";
import { indexDefinition } from "../indices/index-definition";

/**
 * The relevance benchmark's index: the production ticket index (settings, analyzers, mapping) plus, for the
 * fold search only, what a choice may switch to without a rebuild per setting:
 * - search analyzers with or without the English query stop words and the domain synonyms (`searchAnalyzer`);
 * - `suggestText` again under every BM25 k1/b of the grid (`wholeTextField`), copied from the same fields;
 * - `benchPlain`: title and body with the standard analyzer and default BM25, the reference "plain BM25".
 * Production fields keep their names and settings, so the production query runs on it unchanged.
 */
export const K1_GRID = [0.6, 0.9, 1.2, 1.6, 2.0] as const;
export const B_GRID = [0.3, 0.5, 0.75, 0.9] as const;
export const PLAIN_FIELD = "benchPlain";

/** The field holding the whole past problem (as `suggestText`) under BM25 with these parameters. */
export function wholeTextField({ k1, b }: { k1: number; b: number }): string {
  return `benchWhole_${k1}_${b}`.replace(/\./g, "_");
}

/** The bench's search analyzer: `ru_en` with or without the English query stop words and the domain synonyms. */
export function searchAnalyzer({ stopWords, synonyms }: { stopWords: boolean; synonyms: boolean }): string {
  return `bench_${stopWords ? "stop" : "all_words"}_${synonyms ? "synonyms" : "no_synonyms"}`;
}

function benchAnalyzers(): Record<string, estypes.AnalysisAnalyzer> {
  const { filter, ...rest } = analysis.analyzer.ru_en;
  const out: Record<string, estypes.AnalysisAnalyzer> = {};
  for (const stopWords of [false, true]) {
    for (const synonyms of [false, true]) {
      const filters = [
        filter[0],
        ...(stopWords ? ["english_query_stop"] : []),
        ...filter.slice(1),
        ...(synonyms ? ["domain_synonyms"] : []),
      ];
      out[searchAnalyzer({ stopWords, synonyms })] = { ...rest, filter: filters };
    }
  }
  return out;
}

export async function createRankingIndex(client: Client): Promise<string> {
  const name = `bench-ranking-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const { settings, mappings } = indexDefinition("ticket");
  const grid = K1_GRID.flatMap((k1) => B_GRID.map((b) => ({ k1, b })));
  const similarity: Record<string, estypes.IndicesSettingsSimilarity> = {};
  const properties: Record<string, estypes.MappingProperty> = { ...mappings.properties };
  for (const s of grid) {
    const field = wholeTextField(s);
    similarity[field] = { type: "BM25", k1: s.k1, b: s.b };
    properties[field] = { type: "text", analyzer: "ru_en", search_analyzer: "ru_en_search", similarity: field };
  }
  properties[PLAIN_FIELD] = { type: "text", analyzer: "standard" };
  const copy = (field: string, extra: string[]) => {
    const current = properties[field] as estypes.MappingTextProperty;
    properties[field] = { ...current, copy_to: [...[current.copy_to ?? []].flat(), ...extra] };
  };
  const wholeFields = grid.map(wholeTextField);
  copy("subject", [...wholeFields, PLAIN_FIELD]);
  copy("description", [...wholeFields, PLAIN_FIELD]);
  copy("solution", wholeFields);
  await client.indices.create({
    index: name,
    settings: {
      ...settings,
      similarity: { ...settings.similarity, ...similarity },
      analysis: {
        ...settings.analysis,
        analyzer: { ...settings.analysis?.analyzer, ...benchAnalyzers() },
      },
    },
    mappings: { ...mappings, properties },
    wait_for_active_shards: 1,
  });
  await client.indices.putSettings({ index: name, settings: { refresh_interval: "-1" } });
  return name;
}
